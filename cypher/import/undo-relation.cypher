// A relationship a review decision created, removed again.
CALL () {
  MATCH (a:Authority {id: $from}) RETURN a UNION MATCH (a:UmbrellaOrganisation {id: $from}) RETURN a
  UNION MATCH (a:Person {id: $from}) RETURN a UNION MATCH (a:Innovation {id: $from}) RETURN a
}
MATCH (a)-[r]->(b {id: $to})
WHERE type(r) = $type
DELETE r
