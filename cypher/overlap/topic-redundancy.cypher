// Pairs of networks that cover the same topics, ranked as candidates for cooperation or
// merging: topic Jaccard plus member Jaccard (authorities), ties by shared members and ids.
MATCH (n:Network)-[:COVERS]->(t:Topic)<-[:COVERS]-(m:Network)
WHERE n.id < m.id
  AND ($networks IS NULL OR (n.id IN $networks AND m.id IN $networks))
WITH n, m, collect(t {.id, .name}) AS topics
WHERE size(topics) >= $minSharedTopics
WITH n, m, topics,
     COUNT { (n)-[:COVERS]->(:Topic) } AS nT, COUNT { (m)-[:COVERS]->(:Topic) } AS mT,
     COUNT { (n)<-[:MEMBER_OF]-(:Authority) } AS nA, COUNT { (m)<-[:MEMBER_OF]-(:Authority) } AS mA,
     COUNT { (n)<-[:MEMBER_OF]-(a:Authority)-[:MEMBER_OF]->(m) } AS sA
WHERE sA >= $minSharedMembers
WITH n, m, topics, sA,
     toFloat(size(topics)) / (nT + mT - size(topics)) AS topicJaccard,
     CASE WHEN sA = 0 THEN 0.0 ELSE toFloat(sA) / (nA + mA - sA) END AS memberJaccard,
     EXISTS { (n)-[:PART_OF]-(m) } OR EXISTS { (n)-[:PART_OF]->(:Network)<-[:PART_OF]-(m) } AS related
WHERE $includeRelated OR NOT related
WITH n, m, topics, sA, topicJaccard, memberJaccard, related, topicJaccard + memberJaccard AS score
ORDER BY score DESC, sA DESC, n.id, m.id
WITH collect({a: n {.*, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0]}, b: m {.*, parentId: [(m)-[:PART_OF]->(x:Network) | x.id][0]},
              sharedTopics: topics, sharedAuthorities: sA, topicJaccard: topicJaccard, memberJaccard: memberJaccard,
              score: score, related: related}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items
