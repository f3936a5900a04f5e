// Derived data: the number of shared topics on each pair's OVERLAPS relationship.
MATCH (t:Topic)<-[:COVERS]-(n:Network)
WITH t, n ORDER BY n.id
WITH t, collect(n) AS ns
WHERE size(ns) > 1
UNWIND range(0, size(ns) - 2) AS i
UNWIND range(i + 1, size(ns) - 1) AS j
WITH ns[i] AS n, ns[j] AS m, count(*) AS shared
MERGE (n)-[r:OVERLAPS]->(m)
  ON CREATE SET r.authorities = 0, r.persons = 0
SET r.topics = shared
