// duplicateParticipation, per network, without authority or network filters: what a page of the
// ranking derived at load (cypher/derive/colleague-ranks.cypher) needs to know of this viewer.
// The ranking orders the groups by how many persons they have; a viewer is shown some groups at
// another size, or not at all, where 1 or 2 of their persons are hidden from the viewer
// (shownGroupSize in server/src/privacy.ts). Those are found from the participations the viewer
// may see (public ones by index, the viewer's authority, the networks in the viewer's scope):
// per group touched by them, the rank, the persons, and how many the viewer sees, where that
// leaves 1 or 2 hidden or the group is a pair. In the order of the ranking's ties (authority,
// network). `complete` is false when the store has no ranking; the server then asks
// cypher/overlap/duplicate-participation.cypher.
OPTIONAL MATCH (d:DerivedData {id: 'colleagues'})
CALL () {
  CALL () {
    MATCH (p:Person)-[c:PARTICIPATES_IN {visibility: 'PUBLIC'}]->(n:Network)
    RETURN p, c, n
    UNION
    MATCH (:Authority {id: $viewerAuthority})<-[:WORKS_AT]-(p:Person)-[c:PARTICIPATES_IN]->(n:Network)
    RETURN p, c, n
    UNION
    MATCH (n:Network)<-[c:PARTICIPATES_IN]-(p:Person)
    WHERE n.id IN $viewerScopes
    RETURN p, c, n
    UNION
    MATCH (p:Person {id: $viewer})-[c:PARTICIPATES_IN]->(n:Network)
    RETURN p, c, n
  }
  WITH p, c, n
  WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND n.id IN $viewerScopes))
  MATCH (p)-[:WORKS_AT]->(a:Authority)-[r:COLLEAGUES_IN]->(n)
  WITH a, n, r, count(p) AS shown
  WHERE r.persons - shown IN [1, 2] OR r.persons = 2
  WITH a, n, r, shown ORDER BY a.id, n.id
  RETURN collect({rank: r.rank, persons: r.persons, shown: shown}) AS exceptions
}
RETURN d.inLevels AS levels, d.inAtLeast AS atLeast, exceptions, d.inLevels IS NOT NULL AS complete
