// A node a review decision created (an organisation, a person), removed with its relationships:
// nothing else can depend on it yet, since the rows naming it were written by that decision.
MATCH (n {id: $id}) WHERE (n:Authority OR n:UmbrellaOrganisation OR n:Person) AND n.imported = true
DETACH DELETE n
