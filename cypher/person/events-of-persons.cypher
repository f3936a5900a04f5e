// The events persons the viewer may see attended (a hidden person's attendance is never shown).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:ATTENDED]->(e:Event)
WHERE (p.consent = true OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) })
WITH id, e ORDER BY e.date DESC, e.id
RETURN id AS key, collect(e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]}) AS items
