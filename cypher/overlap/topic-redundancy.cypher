// Pairs of networks that cover the same topics, ranked as candidates for cooperation or
// merging: topic Jaccard plus member Jaccard (authorities), ties by shared members and ids.
// Shared counts and sizes come from the derived OVERLAPS relationships and network counts.
MATCH (n:Network)-[r:OVERLAPS]->(m:Network)
WHERE r.topics >= $minSharedTopics AND r.authorities >= $minSharedMembers
  AND ($networks IS NULL OR (n.id IN $networks AND m.id IN $networks))
WITH n, m, r.topics AS sT, r.authorities AS sA,
     EXISTS { (n)-[:PART_OF]-(m) } OR EXISTS { (n)-[:PART_OF]->(:Network)<-[:PART_OF]-(m) } AS related
WHERE $includeRelated OR NOT related
WITH n, m, sA, related,
     toFloat(sT) / (coalesce(n.statTopics, 0) + coalesce(m.statTopics, 0) - sT) AS topicJaccard,
     CASE WHEN sA = 0 THEN 0.0
          ELSE toFloat(sA) / (coalesce(n.statAuthorities, 0) + coalesce(m.statAuthorities, 0) - sA) END AS memberJaccard
WITH n, m, sA, related, topicJaccard, memberJaccard, topicJaccard + memberJaccard AS score
ORDER BY score DESC, sA DESC, n.id, m.id
WITH collect({a: n, b: m, sharedAuthorities: sA, topicJaccard: topicJaccard, memberJaccard: memberJaccard,
              score: score, related: related}) AS matched
WITH size(matched) AS total, matched[$offset..($offset + $limit)] AS page
CALL (page) {
  UNWIND page AS x
  WITH x, x.a AS a, x.b AS b
  RETURN collect(x {.*,
    a: a {.*, parentId: [(a)-[:PART_OF]->(p:Network) | p.id][0]},
    b: b {.*, parentId: [(b)-[:PART_OF]->(p:Network) | p.id][0]},
    sharedTopics: COLLECT { MATCH (a)-[:COVERS]->(t:Topic)<-[:COVERS]-(b) RETURN t {.*} ORDER BY t.name, t.id }}) AS items
}
RETURN total, items
