// Persons (of an authority, in a network) the viewer may see, one page; `hidden` counts the others.
// In a network: only where that participation admits the viewer (server/src/privacy.ts).
MATCH (p:Person)
WHERE ($authority IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $authority}) })
  AND ($network IS NULL OR EXISTS { (p)-[:PARTICIPATES_IN]->(:Network {id: $network}) })
WITH p, CASE WHEN $network IS NULL THEN (p.id = $viewer OR EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->(s) WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) })
             ELSE EXISTS { (p)-[r:PARTICIPATES_IN]->(s:Network {id: $network}) WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) } END AS visible
ORDER BY p.id
WITH collect(CASE WHEN visible THEN p END) AS matched, count(p) AS everyone
RETURN size(matched) AS total, everyone - size(matched) AS hidden,
       [x IN matched[$offset..($offset + $limit)] | x {.*, authorityId: [(x)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true}] AS items
