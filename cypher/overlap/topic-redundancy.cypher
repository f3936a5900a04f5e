// Pairs of networks that cover the same topics, ranked as candidates for cooperation or
// merging: topic Jaccard plus member Jaccard (authorities), ties by shared members and ids.
// Shared topics and shared members come from one pass each, summed per pair.
CALL () {
  MATCH (n:Network)-[:COVERS]->(:Topic)<-[:COVERS]-(m:Network) WHERE n.id < m.id AND ($networks IS NULL OR n.id IN $networks)
  RETURN n, m, 1 AS topic, 0 AS member
  UNION ALL
  MATCH (n:Network)<-[:MEMBER_OF]-(:Authority)-[:MEMBER_OF]->(m:Network) WHERE n.id < m.id AND ($networks IS NULL OR n.id IN $networks)
  RETURN n, m, 0 AS topic, 1 AS member
}
WITH n, m, sum(topic) AS sT, sum(member) AS sA
WHERE sT >= $minSharedTopics AND sA >= $minSharedMembers
  AND ($networks IS NULL OR (n.id IN $networks AND m.id IN $networks))
WITH n, m, sT, sA,
     COUNT { (n)-[:COVERS]->(:Topic) } AS nT, COUNT { (m)-[:COVERS]->(:Topic) } AS mT,
     COUNT { (n)<-[:MEMBER_OF]-(:Authority) } AS nA, COUNT { (m)<-[:MEMBER_OF]-(:Authority) } AS mA,
     EXISTS { (n)-[:PART_OF]-(m) } OR EXISTS { (n)-[:PART_OF]->(:Network)<-[:PART_OF]-(m) } AS related
WHERE $includeRelated OR NOT related
WITH n, m, sA, related,
     toFloat(sT) / (nT + mT - sT) AS topicJaccard,
     CASE WHEN sA = 0 THEN 0.0 ELSE toFloat(sA) / (nA + mA - sA) END AS memberJaccard
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
