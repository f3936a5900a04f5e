// Derived data: how many authorities, persons and topics each network has, and in how many
// networks each authority is a member. Read by the overlap fields instead of counting per query.
CALL () {
  MATCH (n:Network)
  SET n.statAuthorities = COUNT { (n)<-[:MEMBER_OF]-(:Authority) },
      n.statPersons = COUNT { (n)<-[:PARTICIPATES_IN]-(:Person) },
      n.statTopics = COUNT { (n)-[:COVERS]->(:Topic) }
}
CALL () {
  MATCH (a:Authority)
  SET a.statNetworks = COUNT { (a)-[:MEMBER_OF]->(:Network) }
}
RETURN 1 AS done
