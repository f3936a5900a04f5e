MATCH (a:Authority)
WHERE ($level IS NULL OR a.level = $level)
  AND ($bundesland IS NULL OR a.bundesland = $bundesland)
  AND ($authorityType IS NULL OR a.authorityType = $authorityType)
  AND ($synthetic IS NULL OR coalesce(a.synthetic, false) = $synthetic)
  AND ($network IS NULL OR EXISTS { (a)-[:MEMBER_OF]->(:Network {id: $network}) })
WITH a ORDER BY a.name, a.id
WITH collect(a) AS matched
RETURN size(matched) AS total,
       [x IN matched[$offset..($offset + $limit)] | x {.*, isAuthority: true, isUmbrella: x:UmbrellaOrganisation,
         parentId: [(x)-[:PART_OF]->(p:Authority) | p.id][0]}] AS items
