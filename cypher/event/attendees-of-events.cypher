// Persons who attended each event, one page per key: only attendances whose visibility admits
// the viewer (server/src/privacy.ts); `hidden` counts the others.
UNWIND $keys AS k
MATCH (e:Event {id: k.id})
CALL (e, k) {
  MATCH (e)<-[r:ATTENDED]-(p:Person)
  WITH p, (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND e.id IN $viewerScopes)) AS visible
  ORDER BY p.id
  WITH collect(CASE WHEN visible THEN p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true} END) AS matched,
       count(p) AS everyone
  RETURN size(matched) AS total, everyone - size(matched) AS hidden, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, hidden, items
