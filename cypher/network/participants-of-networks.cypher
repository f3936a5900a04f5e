// Persons taking part in each network, one page per key.
UNWIND $keys AS k
MATCH (n:Network {id: k.id})
CALL (n, k) {
  MATCH (n)<-[r:PARTICIPATES_IN]-(p:Person)
  WITH r, p ORDER BY p.id
  WITH collect({role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), networkId: n.id,
                person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]}}) AS matched
  RETURN size(matched) AS total, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, items
