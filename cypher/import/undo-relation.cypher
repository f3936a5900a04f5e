MATCH (a {id: $from})-[r]->(b {id: $to})
WHERE type(r) = $type
DELETE r
