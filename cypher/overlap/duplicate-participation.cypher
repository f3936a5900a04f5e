// Per authority and network: persons of that authority who take part in it, where there are
// at least $minPersons of them (several colleagues, possibly without knowing of each other).
// A group's size is what the viewer may learn of it (shownGroupSize in server/src/privacy.ts):
// where 1 or 2 of its persons are hidden from the viewer, the persons shown plus one, else all
// of them. Groups are filtered on that size and ordered by it, those with hidden persons after
// the others of the same size, then by their rank as seen without signing in (derived at load
// from what anyone may learn of each group: cypher/derive/colleague-ranks.cypher), then by
// authority and network: the order of the ranked pages (server/src/derived/shownGroups.ts).
// Persons are read for the requested page only: those whose participation the viewer may see,
// at most $maxPersons per group, with every property when $personDetails, else only what the
// scope and the id need; personCount counts them all and hiddenCount those the viewer may not see.
// With $synthetic set (false: facts from the sources only; true: Beispieldaten only) a group
// counts only the persons of that scope (a person, or the participation, is synthetic or not),
// counted on the spot: the derived counts mix both and only say which groups could qualify.
CALL () {
  // One authority's groups from its own node (an index seek), all of them from every authority.
  CALL () {
    MATCH (a:Authority {id: $authority}) RETURN a
    UNION
    MATCH (a:Authority) WHERE $authority IS NULL RETURN a
  }
  MATCH (a)-[r:COLLEAGUES_IN]->(n:Network)
  WHERE r.persons >= $minPersons
    AND ($network IS NULL OR n.id = $network)
    AND ($networks IS NULL OR n.id IN $networks)
  WITH a, n, r.rank AS rank, CASE WHEN $synthetic IS NULL THEN r.persons
                  ELSE COUNT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[q:PARTICIPATES_IN]->(n)
                               WHERE (coalesce(p.synthetic, false) OR coalesce(q.synthetic, false)) = $synthetic } END AS personCount
  WHERE personCount >= $minPersons
  WITH a, n, rank, personCount,
       COUNT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[c:PARTICIPATES_IN]->(n)
               WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND n.id IN $viewerScopes))
                 AND ($synthetic IS NULL OR (coalesce(p.synthetic, false) OR coalesce(c.synthetic, false)) = $synthetic) } AS shown
  WITH a, n, rank, personCount, personCount - shown IN [1, 2] AS partly, shown
  WITH a, n, rank, personCount, partly, CASE WHEN partly THEN shown + 1 ELSE personCount END AS size
  WHERE size >= $minPersons
  RETURN count(*) AS total
}
CALL () {
  // One authority's groups from its own node (an index seek), all of them from every authority.
  CALL () {
    MATCH (a:Authority {id: $authority}) RETURN a
    UNION
    MATCH (a:Authority) WHERE $authority IS NULL RETURN a
  }
  MATCH (a)-[r:COLLEAGUES_IN]->(n:Network)
  WHERE r.persons >= $minPersons
    AND ($network IS NULL OR n.id = $network)
    AND ($networks IS NULL OR n.id IN $networks)
  WITH a, n, r.rank AS rank, CASE WHEN $synthetic IS NULL THEN r.persons
                  ELSE COUNT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[q:PARTICIPATES_IN]->(n)
                               WHERE (coalesce(p.synthetic, false) OR coalesce(q.synthetic, false)) = $synthetic } END AS personCount
  WHERE personCount >= $minPersons
  WITH a, n, rank, personCount,
       COUNT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[c:PARTICIPATES_IN]->(n)
               WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND n.id IN $viewerScopes))
                 AND ($synthetic IS NULL OR (coalesce(p.synthetic, false) OR coalesce(c.synthetic, false)) = $synthetic) } AS shown
  WITH a, n, rank, personCount, personCount - shown IN [1, 2] AS partly, shown
  WITH a, n, rank, personCount, partly, CASE WHEN partly THEN shown + 1 ELSE personCount END AS size
  WHERE size >= $minPersons
  WITH a, n, personCount, size, partly, rank
  ORDER BY size DESC, partly, rank, a.id, n.id
  SKIP $offset LIMIT $limit
  WITH a, n, personCount,
       COLLECT { MATCH (a)<-[:WORKS_AT]-(p:Person)-[c:PARTICIPATES_IN]->(n)
                 WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND n.id IN $viewerScopes))
                   AND ($synthetic IS NULL OR (coalesce(p.synthetic, false) OR coalesce(c.synthetic, false)) = $synthetic)
                 RETURN p ORDER BY p.id } AS people
  RETURN collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  network: n {.*, parentId: [(n)-[:PART_OF]->(p:Network) | p.id][0]},
                  personCount: personCount,
                  hiddenCount: personCount - size(people),
                  persons: [p IN people[0..$maxPersons] | CASE WHEN $personDetails THEN p {.*, authorityId: a.id, visible: true}
                                                               ELSE p {.id, authorityId: a.id, visible: true} END]}) AS items
}
RETURN total, items
