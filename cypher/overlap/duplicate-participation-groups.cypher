// duplicateParticipation, per network, without authority or network filters: what a page of the
// ranking derived at load (cypher/derive/colleague-ranks.cypher, the order as seen without
// signing in) needs to know of this viewer: its tiers, and the groups the viewer sees otherwise.
// Beyond public participations a viewer may see those of colleagues at their own authority,
// those in the networks of their scope, and their own (server/src/privacy.ts), so only groups of
// that authority, in those networks or with the viewer can differ; each is read whole. Per group
// touched there: where what the viewer sees gives it another size or partly (shownGroupSize)
// than the ranking's, its rank, size and partly. None for a viewer who sees only what is
// public. `complete` is false when the store has no ranking; the server then asks
// cypher/overlap/duplicate-participation.cypher.
OPTIONAL MATCH (d:DerivedData {id: 'colleagues'})
CALL () {
  CALL () {
    MATCH (:Authority {id: $viewerAuthority})<-[:WORKS_AT]-(p:Person)-[c:PARTICIPATES_IN]->(n:Network)
    RETURN p, c, n
    UNION
    MATCH (n:Network)<-[c:PARTICIPATES_IN]-(p:Person)
    WHERE n.id IN $viewerScopes
    RETURN p, c, n
    UNION
    MATCH (me:Person {id: $viewer})-[:PARTICIPATES_IN]->(n:Network)
    MATCH (me)-[:WORKS_AT]->(:Authority)<-[:WORKS_AT]-(p:Person)-[c:PARTICIPATES_IN]->(n)
    RETURN p, c, n
  }
  WITH p, c, n
  WHERE (p.id = $viewer OR c.visibility = 'PUBLIC' OR (c.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (c.visibility = 'NETWORK' AND n.id IN $viewerScopes))
  MATCH (p)-[:WORKS_AT]->(a:Authority)
  WITH a, n, count(p) AS shown
  // Both ends bound: the group's relationship is found from the authority, not by a scan of all
  // the groups of a large network.
  MATCH (a)-[r:COLLEAGUES_IN]->(n)
  WITH r, r.persons - shown IN [1, 2] AS partly, shown
  WITH r, partly, CASE WHEN partly THEN shown + 1 ELSE r.persons END AS size
  WHERE size <> r.size OR partly <> r.partly
  RETURN collect({rank: r.rank, size: size, partly: partly}) AS moved
}
RETURN d.inSizes AS sizes, d.inPartly AS partly, d.inEnds AS ends, moved, d.inSizes IS NOT NULL AS complete
