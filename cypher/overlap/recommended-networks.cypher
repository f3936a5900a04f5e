// Networks for an authority (or a set of topics): networks covering its topics (the topics of
// its networks, or $topics), where authorities that share networks with it take part, and that
// it is not yet a member of. Still-running networks only. With $synthetic set (false: facts
// from the sources only; true: Beispieldaten only) only memberships and networks of that scope
// count (a membership belongs to the Beispieldaten when it or its authority is synthetic).
OPTIONAL MATCH (a:Authority {id: $authority})
WITH a, CASE
  WHEN $topics IS NOT NULL THEN $topics
  WHEN a IS NULL THEN []
  ELSE COLLECT { MATCH (a)-[r:MEMBER_OF]->(:Network)-[:COVERS]->(t:Topic)
                 WHERE $synthetic IS NULL OR (coalesce(r.synthetic, false) OR coalesce(a.synthetic, false)) = $synthetic
                 RETURN DISTINCT t.id }
END AS topicIds
CALL (a, topicIds) {
  MATCH (m:Network)-[:COVERS]->(t:Topic) WHERE t.id IN topicIds
  RETURN m, count(*) AS topicMatches, 0 AS peers
  UNION ALL
  MATCH (a)-[r1:MEMBER_OF]->(:Network)<-[r2:MEMBER_OF]-(s:Authority) WHERE s <> a
    AND ($synthetic IS NULL OR ((coalesce(r1.synthetic, false) OR coalesce(a.synthetic, false)) = $synthetic
                                AND (coalesce(r2.synthetic, false) OR coalesce(s.synthetic, false)) = $synthetic))
  WITH DISTINCT s
  MATCH (s)-[r3:MEMBER_OF]->(m:Network)
  WHERE $synthetic IS NULL OR coalesce(r3.synthetic, false) = $synthetic
  RETURN m, 0 AS topicMatches, count(s) AS peers
}
WITH a, m, sum(topicMatches) AS topicMatches, sum(peers) AS peers
WHERE (a IS NULL OR NOT EXISTS { (a)-[:MEMBER_OF]->(m) })
  AND ($networks IS NULL OR m.id IN $networks)
  AND ($synthetic IS NULL OR coalesce(m.synthetic, false) = $synthetic)
  AND (m.termEnd IS NULL OR m.termEnd >= $today)
WITH m, topicMatches, peers ORDER BY topicMatches DESC, peers DESC, m.id
WITH collect({network: m {.*, parentId: [(m)-[:PART_OF]->(x:Network) | x.id][0]}, topicMatches: topicMatches, peers: peers}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items,
       $authority IS NULL OR EXISTS { (:Authority {id: $authority}) } AS found
