MATCH (t:Topic)
WHERE ($parent IS NULL OR EXISTS { (t)-[:PART_OF]->(:Topic {id: $parent}) })
  AND ($rootsOnly IS NULL OR $rootsOnly = false OR NOT EXISTS { (t)-[:PART_OF]->(:Topic) })
WITH t ORDER BY t.name, t.id
WITH collect(t) AS matched
RETURN size(matched) AS total,
       [x IN matched[$offset..($offset + $limit)] | x {.*, parentId: [(x)-[:PART_OF]->(p:Topic) | p.id][0]}] AS items
