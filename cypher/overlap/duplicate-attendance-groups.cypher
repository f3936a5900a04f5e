// duplicateParticipation, per event, without authority or network filters: what a page of the
// ranking derived at load (cypher/derive/colleague-ranks.cypher, the order as seen without
// signing in) needs to know of this viewer: its tiers, and the groups the viewer sees otherwise.
// Beyond public participations a viewer may see those of colleagues at their own authority,
// those in the events of their scope, and their own (server/src/privacy.ts), so only groups of
// that authority, at those events or with the viewer can differ; each is read whole. Per group
// touched there: where what the viewer sees gives it another size or partly (shownGroupSize)
// than the ranking's, its rank, size and partly. None for a viewer who sees only what is
// public. `complete` is false when the store has no ranking; the server then asks
// cypher/overlap/duplicate-attendance.cypher.
OPTIONAL MATCH (d:DerivedData {id: 'colleagues'})
CALL () {
  CALL () {
    MATCH (:Authority {id: $viewerAuthority})<-[:WORKS_AT]-(p:Person)-[c:ATTENDED]->(e:Event)
    RETURN p, c, e
    UNION
    MATCH (e:Event)<-[c:ATTENDED]-(p:Person)
    WHERE e.id IN $viewerScopes
    RETURN p, c, e
    UNION
    MATCH (me:Person {id: $viewer})-[:ATTENDED]->(e:Event)
    MATCH (me)-[:WORKS_AT]->(:Authority)<-[:WORKS_AT]-(p:Person)-[c:ATTENDED]->(e)
    RETURN p, c, e
  }
  WITH p, c, e
  WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND e.id IN $viewerScopes))
  MATCH (p)-[:WORKS_AT]->(a:Authority)
  WITH a, e, count(p) AS shown
  // Both ends bound: the group's relationship is found from the authority, not by a scan of all
  // the groups of a large event.
  MATCH (a)-[r:COLLEAGUES_AT]->(e)
  WITH r, r.persons - shown IN [1, 2] AS partly, shown
  WITH r, partly, CASE WHEN partly THEN shown + 1 ELSE r.persons END AS size
  WHERE size <> r.size OR partly <> r.partly
  RETURN collect({rank: r.rank, size: size, partly: partly}) AS moved
}
RETURN d.atSizes AS sizes, d.atPartly AS partly, d.atEnds AS ends, moved, d.atSizes IS NOT NULL AS complete
