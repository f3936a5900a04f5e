// Derived data: one OVERLAPS relationship per pair of networks that share a member authority,
// from the network with the smaller id to the other, with the number of shared authorities.
// One pass over the memberships: each authority yields the pairs of its (sorted) networks.
MATCH (a:Authority)-[:MEMBER_OF]->(n:Network)
WITH a, n ORDER BY n.id
WITH a, collect(n) AS ns
WHERE size(ns) > 1
UNWIND range(0, size(ns) - 2) AS i
UNWIND range(i + 1, size(ns) - 1) AS j
WITH ns[i] AS n, ns[j] AS m, count(*) AS shared
CREATE (n)-[:OVERLAPS {authorities: shared, persons: 0, topics: 0}]->(m)
