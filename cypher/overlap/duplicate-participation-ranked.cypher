// duplicateParticipation, per network, without authority or network filters: the groups of one
// page, given by their rank in the ranking derived at load (cypher/derive/colleague-ranks.cypher),
// read through the relationship index. The server chooses the ranks with what
// cypher/overlap/duplicate-participation-groups.cypher told of the viewer. The same fields as
// cypher/overlap/duplicate-participation.cypher, with the rank: persons are read for these groups only,
// those whose participation the viewer may see (server/src/privacy.ts), at most $maxPersons;
// hiddenCount counts the others.
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_IN]->(n:Network)
  WHERE r.rank IN $ranks
  // Without signing in, a group's persons shown are those whose participation is public: the
  // ranking keeps their ids (publicIds, the first 1,000 by id), and each one listed is checked
  // again here, so a visibility narrowed since the ranking was derived hides that person at once.
  // Signed in, or on a store without the ids, every colleague is checked against the viewer.
  CALL (n, a, r) {
    WITH n, a, r
    WHERE $viewer IS NULL AND $viewerAuthority IS NULL AND size($viewerScopes) = 0 AND r.publicIds IS NOT NULL
    WITH n, a, r, r.publicIds[0..$maxPersons] AS candidates
    WITH r, candidates,
         COLLECT { UNWIND candidates AS id
                   MATCH (p:Person {id: id})-[c:PARTICIPATES_IN]->(n)
                   WHERE c.visibility = 'PUBLIC' AND EXISTS { (p)-[:WORKS_AT]->(a) }
                   RETURN p ORDER BY p.id } AS people
    RETURN people, r.public - size(candidates) + size(people) AS visible
    UNION
    WITH n, a, r
    WHERE NOT ($viewer IS NULL AND $viewerAuthority IS NULL AND size($viewerScopes) = 0 AND r.publicIds IS NOT NULL)
    WITH COLLECT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[c:PARTICIPATES_IN]->(n)
                 WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND n.id IN $viewerScopes))
                 RETURN p ORDER BY p.id } AS people
    RETURN people, size(people) AS visible
  }
  RETURN collect({rank: r.rank,
                  authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  network: n {.*, parentId: [(n)-[:PART_OF]->(p:Network) | p.id][0]},
                  personCount: r.persons,
                  hiddenCount: r.persons - visible,
                  persons: [p IN people[0..$maxPersons] | CASE WHEN $personDetails THEN p {.*, authorityId: a.id, visible: true}
                                                               ELSE p {.id, authorityId: a.id, visible: true} END]}) AS items
}
RETURN items
