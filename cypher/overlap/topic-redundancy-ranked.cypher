// Query.topicRedundancy without filters: one page of the ranking derived at load time
// (cypher/derive/topic-redundancy-ranks.cypher), read by rank through the relationship index,
// with the same fields as cypher/overlap/topic-redundancy.cypher. `complete` is false when the
// store has no ranking yet (derived before it existed); the server then asks the full statement.
OPTIONAL MATCH (d:DerivedData {id: 'topicRedundancy'})
CALL (d) {
  MATCH (a:Network)-[r:OVERLAPS]->(b:Network)
  WHERE d IS NOT NULL AND r.redundancyRank >= $offset AND r.redundancyRank < $offset + $limit
  WITH a, b, r ORDER BY r.redundancyRank
  WITH a, b, r, r.topics AS sT, r.authorities AS sA
  WITH a, b, sA,
       toFloat(sT) / (coalesce(a.statTopics, 0) + coalesce(b.statTopics, 0) - sT) AS topicJaccard,
       CASE WHEN sA = 0 THEN 0.0
            ELSE toFloat(sA) / (coalesce(a.statAuthorities, 0) + coalesce(b.statAuthorities, 0) - sA) END AS memberJaccard
  RETURN collect({sharedAuthorities: sA, topicJaccard: topicJaccard, memberJaccard: memberJaccard,
                  score: topicJaccard + memberJaccard, related: false,
                  a: a {.*, parentId: [(a)-[:PART_OF]->(p:Network) | p.id][0]},
                  b: b {.*, parentId: [(b)-[:PART_OF]->(p:Network) | p.id][0]},
                  sharedTopics: COLLECT { MATCH (a)-[:COVERS]->(t:Topic)<-[:COVERS]-(b) RETURN t {.*} ORDER BY t.name, t.id }}) AS items
}
RETURN coalesce(d.total, 0) AS total, items, d IS NOT NULL AS complete
