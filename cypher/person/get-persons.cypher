UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]} AS node
