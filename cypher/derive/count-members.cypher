// Derived data: how many authorities, persons and topics each network has, its rank in id order
// (so that pair lists can name networks by number), and in how many networks each authority is a
// member. Read by the overlap fields instead of counting per query.
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
CALL () {
  MATCH (n:Network)
  WITH n ORDER BY n.id
  WITH collect(n) AS ns
  UNWIND range(0, size(ns) - 1) AS i
  WITH ns[i] AS n, i
  SET n.statRank = i
}
RETURN 1 AS done
