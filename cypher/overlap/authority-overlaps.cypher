// Authorities that are members of at least $minNetworks networks (optionally only among
// $networks, only networks covering $topic), with those networks; most networks first.
MATCH (a:Authority)-[:MEMBER_OF]->(n:Network)
WHERE ($networks IS NULL OR n.id IN $networks)
  AND ($level IS NULL OR a.level = $level)
  AND ($bundesland IS NULL OR a.bundesland = $bundesland)
  AND ($topic IS NULL OR EXISTS { (n)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) })
WITH a, n ORDER BY n.name, n.id
WITH a, collect(n {.id, .name, .shortName}) AS networks
WHERE size(networks) >= $minNetworks
WITH a, networks ORDER BY size(networks) DESC, a.id
WITH collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation}, networkCount: size(networks), networks: networks}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
