// duplicateParticipation, per event, without authority or network filters: one page of the
// ranking derived at load time (cypher/derive/colleague-ranks.cypher), read by rank through the
// relationship index, with the same fields as cypher/overlap/duplicate-attendance.cypher.
// The groups of at least $minPersons are the first `total` of the ranking. Their persons are
// read from the graph for this page only: those whose participation the viewer may see (server/src/privacy.ts), at
// most $maxPersons; hiddenCount counts the others. `complete` is false when the store has no
// ranking; the server then asks the full statement.
OPTIONAL MATCH (d:DerivedData {id: 'colleagues'})
WITH d, reduce(t = 0, i IN range(0, size(coalesce(d.atLevels, [])) - 1) |
               CASE WHEN d.atLevels[i] >= $minPersons THEN d.atAtLeast[i] ELSE t END) AS total
CALL (total) {
  MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
  WHERE r.rank >= $offset AND r.rank < $offset + $limit AND r.rank < total
  WITH a, e, r ORDER BY r.rank
  WITH a, e, r,
       COLLECT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[c:ATTENDED]->(e)
                 WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND e.id IN $viewerScopes))
                 RETURN p ORDER BY p.id } AS people
  RETURN collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  event: e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]},
                  personCount: r.persons,
                  hiddenCount: r.persons - size(people),
                  persons: [p IN people[0..$maxPersons] | CASE WHEN $personDetails THEN p {.*, authorityId: a.id, visible: true}
                                                               ELSE p {.id, authorityId: a.id, visible: true} END]}) AS items
}
RETURN total, items, d.atLevels IS NOT NULL AS complete
