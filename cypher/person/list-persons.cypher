// Persons (of an authority, in a network) the viewer may see, one page; `hidden` counts the others.
MATCH (p:Person)
WHERE ($authority IS NULL OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $authority}) })
  AND ($network IS NULL OR EXISTS { (p)-[:PARTICIPATES_IN]->(:Network {id: $network}) })
WITH p, (p.consent = true OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) AS visible
ORDER BY p.id
WITH collect(CASE WHEN visible THEN p END) AS matched, count(p) AS everyone
RETURN size(matched) AS total, everyone - size(matched) AS hidden,
       [x IN matched[$offset..($offset + $limit)] | x {.*, authorityId: [(x)-[:WORKS_AT]->(a:Authority) | a.id][0]}] AS items
