// The events persons attended, each attendance only where its visibility admits the viewer (server/src/privacy.ts).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:ATTENDED]->(e:Event)
WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND e.id IN $viewerScopes))
WITH id, e ORDER BY e.date DESC, e.id
RETURN id AS key, collect(e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]}) AS items
