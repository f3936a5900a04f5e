// Per event: persons of one authority who attended it together (at least $minPersons).
// Ranked on the derived COLLEAGUES_AT counts (a count, then a top-k sort for the page). Persons
// are read for the requested page only: those whose participation the viewer may see (server/src/privacy.ts), at most
// $maxPersons per group, with every property when $personDetails, else only what the scope and
// the id need; personCount counts them all and hiddenCount those the viewer may not see.
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
  WHERE r.persons >= $minPersons
    AND ($authority IS NULL OR a.id = $authority)
    AND ($network IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(:Network {id: $network}) })
    AND ($networks IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(x:Network) WHERE x.id IN $networks })
  RETURN count(*) AS total
}
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
  WHERE r.persons >= $minPersons
    AND ($authority IS NULL OR a.id = $authority)
    AND ($network IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(:Network {id: $network}) })
    AND ($networks IS NULL OR EXISTS { (e)-[:ORGANISED_BY]->(x:Network) WHERE x.id IN $networks })
  WITH a, e, r.persons AS personCount
  ORDER BY personCount DESC, e.date DESC, a.id, e.id
  SKIP $offset LIMIT $limit
  WITH a, e, personCount,
       COLLECT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[c:ATTENDED]->(e)
                 WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND e.id IN $viewerScopes))
                 RETURN p ORDER BY p.id } AS people
  RETURN collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  event: e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]},
                  personCount: personCount,
                  hiddenCount: personCount - size(people),
                  persons: [p IN people[0..$maxPersons] | CASE WHEN $personDetails THEN p {.*, authorityId: a.id, visible: true}
                                                               ELSE p {.id, authorityId: a.id, visible: true} END]}) AS items
}
RETURN total, items
