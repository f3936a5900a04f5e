// Member authorities of each network, one page per key.
UNWIND $keys AS k
MATCH (n:Network {id: k.id})
CALL (n, k) {
  MATCH (n)<-[r:MEMBER_OF]-(a:Authority)
  WITH r, a ORDER BY a.name, a.id
  WITH collect({since: r.since, source: r.source, synthetic: coalesce(r.synthetic, false),
                authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation}}) AS matched
  RETURN size(matched) AS total, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, items
