// Derived data: the number of shared persons on each pair's OVERLAPS relationship (created
// where the pair shares persons but no authority).
MATCH (p:Person)-[:PARTICIPATES_IN]->(n:Network)
WITH p, n ORDER BY n.id
WITH p, collect(n) AS ns
WHERE size(ns) > 1
UNWIND range(0, size(ns) - 2) AS i
UNWIND range(i + 1, size(ns) - 1) AS j
WITH ns[i] AS n, ns[j] AS m, count(*) AS shared
MERGE (n)-[r:OVERLAPS]->(m)
  ON CREATE SET r.authorities = 0, r.topics = 0
SET r.persons = shared
