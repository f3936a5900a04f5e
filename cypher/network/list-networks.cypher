MATCH (n:Network)
WHERE ($level IS NULL OR n.level = $level)
  AND ($typology IS NULL OR n.typology = $typology)
  AND ($governance IS NULL OR n.governance = $governance)
  AND ($bundesland IS NULL OR n.bundesland = $bundesland)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
  AND ($running IS NULL OR (n.termEnd IS NULL OR n.termEnd >= $today) = $running)
  AND ($topic IS NULL OR EXISTS { (n)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) })
  AND ($parent IS NULL OR EXISTS { (n)-[:PART_OF]->(:Network {id: $parent}) })
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total,
       [x IN matched[$offset..($offset + $limit)] | x {.*, parentId: [(x)-[:PART_OF]->(p:Network) | p.id][0]}] AS items
