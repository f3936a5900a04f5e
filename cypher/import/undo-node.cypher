// A node a review decision created (an organisation, a person), removed with its relationships:
// nothing else can depend on it yet, since the rows naming it were written by that decision.
CALL () {
  MATCH (n:Authority {id: $id}) RETURN n UNION MATCH (n:UmbrellaOrganisation {id: $id}) RETURN n
  UNION MATCH (n:Person {id: $id}) RETURN n
}
WITH n WHERE n.imported = true
DETACH DELETE n
