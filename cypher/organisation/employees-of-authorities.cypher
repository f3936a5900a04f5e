// Persons working at each authority, one page per key: only those the viewer may see
// (server/src/privacy.ts); `hidden` counts the others.
UNWIND $keys AS k
MATCH (a:Authority {id: k.id})
CALL (a, k) {
  MATCH (a)<-[:WORKS_AT]-(p:Person)
  WITH p, (p.id = $viewer OR EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->(s) WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) }) AS visible
  ORDER BY p.id
  WITH collect(CASE WHEN visible THEN p {.*, authorityId: a.id, visible: true} END) AS matched, count(p) AS everyone
  RETURN size(matched) AS total, everyone - size(matched) AS hidden, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, hidden, items
