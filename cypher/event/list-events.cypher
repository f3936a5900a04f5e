MATCH (e:Event)
WHERE ($network IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(:Network {id: $network}) })
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
WITH e ORDER BY e.date DESC, e.id
WITH collect(e) AS matched
RETURN size(matched) AS total,
       [x IN matched[$offset..($offset + $limit)] | x {.*, networkId: [(x)-[:ORGANISED_BY]->(n:Network) | n.id][0]}] AS items
