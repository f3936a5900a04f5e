MATCH (u:UmbrellaOrganisation)
WHERE ($synthetic IS NULL OR coalesce(u.synthetic, false) = $synthetic)
WITH u ORDER BY u.name, u.id
WITH collect(u) AS matched
RETURN size(matched) AS total,
       [x IN matched[$offset..($offset + $limit)] | x {.*, isAuthority: x:Authority, isUmbrella: true,
         parentId: [(x)-[:PART_OF]->(p:Authority) | p.id][0]}] AS items
