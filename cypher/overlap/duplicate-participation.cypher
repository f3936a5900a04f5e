// Per authority and network: persons of that authority who take part in it, where there are
// at least $minPersons of them (several colleagues, possibly without knowing of each other).
MATCH (a:Authority)<-[:WORKS_AT]-(p:Person)-[r:PARTICIPATES_IN]->(n:Network)
WHERE ($authority IS NULL OR a.id = $authority)
  AND ($network IS NULL OR n.id = $network)
  AND ($networks IS NULL OR n.id IN $networks)
WITH a, n, p ORDER BY p.id
WITH a, n, collect(p {.*, authorityId: a.id}) AS persons
WHERE size(persons) >= $minPersons
WITH a, n, persons ORDER BY size(persons) DESC, a.id, n.id
WITH collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
              network: n {.*, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0]},
              personCount: size(persons), persons: persons}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
