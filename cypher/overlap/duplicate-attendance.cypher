// Per event: persons of one authority who attended it together (at least $minPersons).
MATCH (a:Authority)<-[:WORKS_AT]-(p:Person)-[:ATTENDED]->(e:Event)
WHERE ($authority IS NULL OR a.id = $authority)
  AND ($network IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(:Network {id: $network}) })
  AND ($networks IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(x:Network) WHERE x.id IN $networks })
WITH a, e, p ORDER BY p.id
WITH a, e, collect(p {.*, authorityId: a.id}) AS persons
WHERE size(persons) >= $minPersons
WITH a, e, persons ORDER BY size(persons) DESC, e.date DESC, a.id, e.id
WITH collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
              event: e {.*, networkId: [(e)-[:ORGANISED_BY]->(x:Network) | x.id][0]},
              personCount: size(persons), persons: persons}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
