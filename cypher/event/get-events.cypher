UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]} AS node
