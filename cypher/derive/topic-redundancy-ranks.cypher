// Derived data: the default ranking of topicRedundancy (pairs sharing at least one topic, any
// members, not related by PART_OF) as a rank on each pair's OVERLAPS relationship, and the
// number of ranked pairs. The score and order are those of cypher/overlap/topic-redundancy.cypher;
// Query.topicRedundancy without filters then reads one page by rank (an index seek) instead of
// scoring and sorting every pair (~500,000 at germany-x5) per request.
MATCH (n:Network)-[r:OVERLAPS]->(m:Network)
WHERE r.topics >= 1
  AND NOT (EXISTS { (n)-[:PART_OF]-(m) } OR EXISTS { (n)-[:PART_OF]->(:Network)<-[:PART_OF]-(m) })
WITH n, m, r, r.topics AS sT, r.authorities AS sA
WITH n, m, r, sA,
     toFloat(sT) / (coalesce(n.statTopics, 0) + coalesce(m.statTopics, 0) - sT) AS topicJaccard,
     CASE WHEN sA = 0 THEN 0.0
          ELSE toFloat(sA) / (coalesce(n.statAuthorities, 0) + coalesce(m.statAuthorities, 0) - sA) END AS memberJaccard
WITH n, m, r, sA, topicJaccard + memberJaccard AS score
ORDER BY score DESC, sA DESC, n.id, m.id
WITH collect(r) AS ranked
CALL (ranked) {
  UNWIND range(0, size(ranked) - 1) AS i
  WITH ranked[i] AS r, i
  SET r.redundancyRank = i
}
MERGE (d:DerivedData {id: 'topicRedundancy'})
SET d.total = size(ranked)
RETURN size(ranked) AS total
