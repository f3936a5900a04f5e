// Derived data: where two or more persons of one authority take part in the same network
// (COLLEAGUES_IN) or attended the same event (COLLEAGUES_AT), with how many they are and the
// ids of the first 1,000 of them in id order (`personIds`; duplicateParticipation lists at most
// 1,000 per group). The ranked pages of duplicateParticipation read their persons by these ids
// instead of matching every colleague of a large authority against the network per request.
WITH 1000 AS kept
CALL (kept) {
  MATCH (a:Authority)<-[:WORKS_AT]-(p:Person)-[:PARTICIPATES_IN]->(n:Network)
  WITH a, n, p.id AS person ORDER BY person
  WITH a, n, collect(person) AS persons
  WHERE size(persons) >= 2
  CREATE (a)-[:COLLEAGUES_IN {persons: size(persons), personIds: persons[0..kept]}]->(n)
}
CALL (kept) {
  MATCH (a:Authority)<-[:WORKS_AT]-(p:Person)-[:ATTENDED]->(e:Event)
  WITH a, e, p.id AS person ORDER BY person
  WITH a, e, collect(person) AS persons
  WHERE size(persons) >= 2
  CREATE (a)-[:COLLEAGUES_AT {persons: size(persons), personIds: persons[0..kept]}]->(e)
}
MERGE (d:DerivedData {id: 'colleagues'})
SET d.keptPersons = kept
RETURN 1 AS done
