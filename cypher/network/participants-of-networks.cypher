// Persons taking part in each network, one page per key: only participations whose visibility
// admits the viewer (server/src/privacy.ts); `hidden` counts the others.
UNWIND $keys AS k
MATCH (n:Network {id: k.id})
CALL (n, k) {
  MATCH (n)<-[r:PARTICIPATES_IN]-(p:Person)
  WITH r, p, (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND n.id IN $viewerScopes)) AS visible
  ORDER BY p.id
  WITH collect(CASE WHEN visible THEN {role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), visibility: coalesce(r.visibility, 'PRIVATE'), source: r.source, networkId: n.id,
                person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true}} END) AS matched, count(p) AS everyone
  RETURN size(matched) AS total, everyone - size(matched) AS hidden, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, hidden, items
