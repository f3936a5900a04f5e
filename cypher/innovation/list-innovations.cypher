MATCH (i:Innovation)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($network IS NULL OR EXISTS { (i)-[:EMERGED_IN]->(:Network {id: $network}) })
  AND ($topic IS NULL OR EXISTS { (i)-[:ABOUT]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) })
WITH i ORDER BY i.title, i.id
WITH collect(i) AS matched
RETURN size(matched) AS total,
       [x IN matched[$offset..($offset + $limit)] | x {.*, emergedInId: [(x)-[:EMERGED_IN]->(n:Network) | n.id][0]}] AS items
