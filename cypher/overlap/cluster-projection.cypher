// The network graph for community detection: networks with their topics, and for each pair
// that shares anything the number of shared authorities, persons and topics (from the derived
// OVERLAPS relationships).
MATCH (n:Network)
WHERE $networks IS NULL OR n.id IN $networks
WITH n ORDER BY n.id
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n
  RETURN collect(n {.*, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0],
                    topics: COLLECT { MATCH (n)-[:COVERS]->(t:Topic) RETURN t {.*} ORDER BY t.id }}) AS networks
}
CALL (ns) {
  UNWIND ns AS n
  MATCH (n)-[r:OVERLAPS]->(m:Network)
  WHERE m IN ns
  WITH n, m, r ORDER BY n.id, m.id
  RETURN collect({a: n.id, b: m.id, authorities: r.authorities, persons: r.persons, topics: r.topics}) AS pairs
}
RETURN networks, pairs
