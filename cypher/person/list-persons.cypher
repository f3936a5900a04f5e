MATCH (p:Person)
WHERE ($authority IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $authority}) })
  AND ($network IS NULL OR EXISTS { (p)-[:PARTICIPATES_IN]->(:Network {id: $network}) })
WITH p ORDER BY p.id
WITH collect(p) AS matched
RETURN size(matched) AS total,
       [x IN matched[$offset..($offset + $limit)] | x {.*, authorityId: [(x)-[:WORKS_AT]->(a:Authority) | a.id][0]}] AS items
