// duplicateParticipation, per event, without authority or network filters: what a page of the
// ranking derived at load (cypher/derive/colleague-ranks.cypher) needs to know of this viewer.
// The ranking orders the groups by how many persons they have; a viewer is shown some groups at
// another size, or not at all, where 1 or 2 of their persons are hidden from the viewer
// (shownGroupSize in server/src/privacy.ts). Those are found from the attendances the viewer may
// see (public ones by index, the viewer's authority, the events in the viewer's scope):
// per group touched by them, the rank, the persons, and how many the viewer sees, where that
// leaves 1 or 2 hidden or the group is a pair. In the order of the ranking's ties (date, newest
// first, authority, event). `complete` is false when the store has no ranking; the server then asks
// cypher/overlap/duplicate-attendance.cypher.
OPTIONAL MATCH (d:DerivedData {id: 'colleagues'})
CALL () {
  CALL () {
    MATCH (p:Person)-[c:ATTENDED {visibility: 'PUBLIC'}]->(e:Event)
    RETURN p, c, e
    UNION
    MATCH (:Authority {id: $viewerAuthority})<-[:WORKS_AT]-(p:Person)-[c:ATTENDED]->(e:Event)
    RETURN p, c, e
    UNION
    MATCH (e:Event)<-[c:ATTENDED]-(p:Person)
    WHERE e.id IN $viewerScopes
    RETURN p, c, e
    UNION
    MATCH (p:Person {id: $viewer})-[c:ATTENDED]->(e:Event)
    RETURN p, c, e
  }
  WITH p, c, e
  WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND e.id IN $viewerScopes))
  MATCH (p)-[:WORKS_AT]->(a:Authority)-[r:COLLEAGUES_AT]->(e)
  WITH a, e, r, count(p) AS shown
  WHERE r.persons - shown IN [1, 2] OR r.persons = 2
  WITH a, e, r, shown ORDER BY e.date DESC, a.id, e.id
  RETURN collect({rank: r.rank, persons: r.persons, shown: shown}) AS exceptions
}
RETURN d.atLevels AS levels, d.atAtLeast AS atLeast, exceptions, d.atLevels IS NOT NULL AS complete
