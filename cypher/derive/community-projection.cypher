// Derived data, step 1 of the communities: the network graph Louvain runs on, for the whole
// landscape. Network ids in rank (= id) order, and for each pair sharing anything
// [rank a, rank b, authorities, persons, topics] from the OVERLAPS relationships.
MATCH (n:Network)
WITH n ORDER BY n.id
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n
  MATCH (n)-[r:OVERLAPS]->(m:Network)
  RETURN collect([n.statRank, m.statRank, r.authorities, r.persons, r.topics]) AS pairs
}
RETURN [n IN ns | n.id] AS ids, pairs
