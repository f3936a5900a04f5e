// Whether a relationship between two ids exists (both ends found by label and id).
CALL () {
  MATCH (a:Authority {id: $from}) RETURN a UNION MATCH (a:UmbrellaOrganisation {id: $from}) RETURN a
  UNION MATCH (a:Person {id: $from}) RETURN a UNION MATCH (a:Innovation {id: $from}) RETURN a
}
MATCH (a)-[r]->(b {id: $to})
WHERE type(r) = $type
RETURN count(r) AS n
