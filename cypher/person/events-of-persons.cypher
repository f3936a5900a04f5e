UNWIND $ids AS id
MATCH (:Person {id: id})-[:ATTENDED]->(e:Event)
WITH id, e ORDER BY e.date DESC, e.id
RETURN id AS key, collect(e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]}) AS items
