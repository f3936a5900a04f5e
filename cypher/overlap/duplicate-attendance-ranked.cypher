// duplicateParticipation, per event, without authority or network filters: the groups of one
// page, given by their rank in the ranking derived at load (cypher/derive/colleague-ranks.cypher),
// read through the relationship index. The server chooses the ranks with what
// cypher/overlap/duplicate-attendance-groups.cypher told of the viewer. The same fields as
// cypher/overlap/duplicate-attendance.cypher, with the rank: persons are read for these groups only,
// those whose participation the viewer may see (server/src/privacy.ts), at most $maxPersons;
// hiddenCount counts the others.
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
  WHERE r.rank IN $ranks
  WITH a, e, r,
       COLLECT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[c:ATTENDED]->(e)
                 WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND e.id IN $viewerScopes))
                 RETURN p ORDER BY p.id } AS people
  RETURN collect({rank: r.rank,
                  authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  event: e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]},
                  personCount: r.persons,
                  hiddenCount: r.persons - size(people),
                  persons: [p IN people[0..$maxPersons] | CASE WHEN $personDetails THEN p {.*, authorityId: a.id, visible: true}
                                                               ELSE p {.id, authorityId: a.id, visible: true} END]}) AS items
}
RETURN items
