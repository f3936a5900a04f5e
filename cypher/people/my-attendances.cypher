// The viewer's own attendances, with their visibility (for "Meine Behörde" and setVisibility).
MATCH (p:Person {id: $person})-[r:ATTENDED]->(e:Event)
WITH e, r ORDER BY e.date DESC, e.id
RETURN e {.*, networkId: [(e)-[:ORGANISED_BY]->(x:Network) | x.id][0]} AS event, coalesce(r.visibility, 'PRIVATE') AS visibility
