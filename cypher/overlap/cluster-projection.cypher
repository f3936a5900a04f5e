// The network graph for community detection: networks with their topics, and for each pair
// that shares anything the number of shared authorities, persons and topics.
MATCH (n:Network)
WHERE ($networks IS NULL OR n.id IN $networks)
WITH n ORDER BY n.id
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n
  RETURN collect(n {.*, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0],
                    topics: COLLECT { MATCH (n)-[:COVERS]->(t:Topic) RETURN t {.*} ORDER BY t.id }}) AS networks
}
CALL () {
  CALL () {
    MATCH (n:Network)<-[:MEMBER_OF]-(:Authority)-[:MEMBER_OF]->(m:Network) WHERE n.id < m.id AND ($networks IS NULL OR n.id IN $networks) RETURN n, m, 'A' AS kind
    UNION ALL
    MATCH (n:Network)<-[:PARTICIPATES_IN]-(:Person)-[:PARTICIPATES_IN]->(m:Network) WHERE n.id < m.id AND ($networks IS NULL OR n.id IN $networks) RETURN n, m, 'P' AS kind
    UNION ALL
    MATCH (n:Network)-[:COVERS]->(:Topic)<-[:COVERS]-(m:Network) WHERE n.id < m.id AND ($networks IS NULL OR n.id IN $networks) RETURN n, m, 'T' AS kind
  }
  WITH n, m, kind WHERE $networks IS NULL OR (n.id IN $networks AND m.id IN $networks)
  WITH n, m, sum(CASE kind WHEN 'A' THEN 1 ELSE 0 END) AS authorities,
       sum(CASE kind WHEN 'P' THEN 1 ELSE 0 END) AS persons, sum(CASE kind WHEN 'T' THEN 1 ELSE 0 END) AS topics
  ORDER BY n.id, m.id
  RETURN collect({a: n.id, b: m.id, authorities: authorities, persons: persons, topics: topics}) AS pairs
}
RETURN networks, pairs
