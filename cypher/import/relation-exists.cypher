MATCH (a {id: $from})-[r]->(b {id: $to})
WHERE type(r) = $type
RETURN count(r) AS n
