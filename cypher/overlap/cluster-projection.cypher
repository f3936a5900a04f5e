// The network graph for community detection: networks with their topics, and for each pair
// that shares anything the number of shared authorities, persons and topics (from the derived
// OVERLAPS relationships) as [rank a, rank b, authorities, persons, topics], all integers.
MATCH (n:Network)
WHERE $networks IS NULL OR n.id IN $networks
WITH n ORDER BY n.id
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n
  RETURN collect(n {.*, rank: n.statRank, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0],
                    topics: COLLECT { MATCH (n)-[:COVERS]->(t:Topic) RETURN t {.*} ORDER BY t.id }}) AS networks
}
CALL (ns) {
  UNWIND ns AS n
  MATCH (n)-[r:OVERLAPS]->(m:Network)
  WHERE m IN ns
  RETURN collect([n.statRank, m.statRank, r.authorities, r.persons, r.topics]) AS pairs
}
RETURN networks, pairs
