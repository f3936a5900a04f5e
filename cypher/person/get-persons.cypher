// Persons by id, only those the viewer may see (server/src/privacy.ts): any other id finds nothing.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE (p.consent = true OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) })
RETURN p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]} AS node
