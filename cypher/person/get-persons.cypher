// Persons by id, only those the viewer may see (server/src/privacy.ts): any other id finds nothing.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE (p.id = $viewer OR EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->(s) WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) })
RETURN p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true} AS node
