// Networks for an authority (or a set of topics): networks covering its topics (the topics of
// its networks, or $topics), where authorities that share networks with it take part, and that
// it is not yet a member of. Still-running networks only.
OPTIONAL MATCH (a:Authority {id: $authority})
WITH a, CASE
  WHEN $topics IS NOT NULL THEN $topics
  WHEN a IS NULL THEN []
  ELSE COLLECT { MATCH (a)-[:MEMBER_OF]->(:Network)-[:COVERS]->(t:Topic) RETURN DISTINCT t.id }
END AS topicIds
CALL (a, topicIds) {
  MATCH (m:Network)-[:COVERS]->(t:Topic) WHERE t.id IN topicIds
  RETURN m, count(*) AS topicMatches, 0 AS peers
  UNION ALL
  MATCH (a)-[:MEMBER_OF]->(:Network)<-[:MEMBER_OF]-(s:Authority) WHERE s <> a
  WITH DISTINCT s
  MATCH (s)-[:MEMBER_OF]->(m:Network)
  RETURN m, 0 AS topicMatches, count(s) AS peers
}
WITH a, m, sum(topicMatches) AS topicMatches, sum(peers) AS peers
WHERE (a IS NULL OR NOT EXISTS { (a)-[:MEMBER_OF]->(m) })
  AND ($networks IS NULL OR m.id IN $networks)
  AND (m.termEnd IS NULL OR m.termEnd >= $today)
WITH m, topicMatches, peers ORDER BY topicMatches DESC, peers DESC, m.id
WITH collect({network: m {.*, parentId: [(m)-[:PART_OF]->(x:Network) | x.id][0]}, topicMatches: topicMatches, peers: peers}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items,
       $authority IS NULL OR EXISTS { (:Authority {id: $authority}) } AS found
