// Per event: persons of one authority who attended it together (at least $minPersons).
// Ranked on the derived COLLEAGUES_AT counts; persons are read for the requested page only.
MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
WHERE r.persons >= $minPersons
  AND ($authority IS NULL OR a.id = $authority)
  AND ($network IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(:Network {id: $network}) })
  AND ($networks IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(x:Network) WHERE x.id IN $networks })
WITH a, e, r.persons AS personCount
ORDER BY personCount DESC, e.date DESC, a.id, e.id
WITH collect({a: a, e: e, personCount: personCount}) AS matched
CALL (matched) {
  UNWIND matched[$offset..($offset + $limit)] AS x
  WITH x, x.a AS a, x.e AS e
  RETURN collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  event: e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]},
                  personCount: x.personCount,
                  persons: COLLECT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[:ATTENDED]->(e)
                                     RETURN p {.*, authorityId: a.id} ORDER BY p.id }}) AS items
}
RETURN size(matched) AS total, items
