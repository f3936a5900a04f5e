// Derived data: where two or more persons of one authority take part in the same network
// (COLLEAGUES_IN) or attended the same event (COLLEAGUES_AT), with how many they are. The ranked
// pages of duplicateParticipation read these counts; the persons of a page are read from the
// graph, since which of them a viewer may see depends on the viewer (server/src/privacy.ts).
CALL () {
  MATCH (a:Authority)<-[:WORKS_AT]-(p:Person)-[:PARTICIPATES_IN]->(n:Network)
  WITH a, n, count(p) AS persons
  WHERE persons >= 2
  CREATE (a)-[:COLLEAGUES_IN {persons: persons}]->(n)
}
CALL () {
  MATCH (a:Authority)<-[:WORKS_AT]-(p:Person)-[:ATTENDED]->(e:Event)
  WITH a, e, count(p) AS persons
  WHERE persons >= 2
  CREATE (a)-[:COLLEAGUES_AT {persons: persons}]->(e)
}
MERGE (d:DerivedData {id: 'colleagues'})
RETURN 1 AS done
