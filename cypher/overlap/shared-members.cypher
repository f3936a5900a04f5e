// The authorities or persons two networks share, one page per key. A key's id is
// "<network a>|<network b>|AUTHORITIES|<scope>" or "…|PERSONS|<scope>", the scope being the data
// switch: ALL, REAL (both relations and the member from the sources) or SYNTHETIC (both relations
// Beispieldaten, by themselves or by their member), as network-similarity-scoped counts them.
// Persons only where the viewer may see both their participations (server/src/privacy.ts);
// `hidden` counts the others.
UNWIND $keys AS k
WITH k, split(k.id, '|') AS parts
MATCH (n:Network {id: parts[0]}), (m:Network {id: parts[1]})
CALL (n, m, k, parts) {
  WITH n, m, parts WHERE parts[2] = 'AUTHORITIES'
  MATCH (n)<-[r:MEMBER_OF]-(x:Authority)-[s:MEMBER_OF]->(m)
  WHERE parts[3] = 'ALL'
     OR ((coalesce(r.synthetic, false) OR coalesce(x.synthetic, false)) = (parts[3] = 'SYNTHETIC')
         AND (coalesce(s.synthetic, false) OR coalesce(x.synthetic, false)) = (parts[3] = 'SYNTHETIC'))
  RETURN x {.*, isAuthority: true, isUmbrella: x:UmbrellaOrganisation} AS item, x.id AS id, true AS visible
  UNION ALL
  WITH n, m, parts WHERE parts[2] = 'PERSONS'
  MATCH (n)<-[r:PARTICIPATES_IN]-(p:Person)-[q:PARTICIPATES_IN]->(m)
  WHERE parts[3] = 'ALL'
     OR ((coalesce(r.synthetic, false) OR coalesce(p.synthetic, false)) = (parts[3] = 'SYNTHETIC')
         AND (coalesce(q.synthetic, false) OR coalesce(p.synthetic, false)) = (parts[3] = 'SYNTHETIC'))
  RETURN p {.*, authorityId: [(p)-[:WORKS_AT]->(y:Authority) | y.id][0], visible: true} AS item, p.id AS id,
         (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND n.id IN $viewerScopes))
           AND (p.id = $viewer OR q.visibility = 'PUBLIC' OR (q.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (q.visibility = 'NETWORK' AND m.id IN $viewerScopes)) AS visible
}
WITH k, item, id, visible ORDER BY id
WITH k, collect(CASE WHEN visible THEN item END) AS matched, count(item) AS everyone
RETURN k.key AS key, size(matched) AS total, everyone - size(matched) AS hidden, matched[k.offset..(k.offset + k.limit)] AS items
