// network-similarity.cypher for one data scope ($synthetic false: facts from the sources only;
// true: Beispieldaten only), counted on the spot instead of read from the derived counts, which
// mix both. A membership, participation or topic link belongs to the Beispieldaten when it or
// the node at its other end is synthetic. Networks outside the scope are left out. Fewer than
// $smallCount shared persons count as none (server/src/privacy.ts).
MATCH (n:Network {id: $network})
WITH n,
     COLLECT { MATCH (n)<-[r:MEMBER_OF]-(a:Authority)
               WHERE (coalesce(r.synthetic, false) OR coalesce(a.synthetic, false)) = $synthetic RETURN a } AS nAs,
     COLLECT { MATCH (n)<-[r:PARTICIPATES_IN]-(p:Person)
               WHERE (coalesce(r.synthetic, false) OR coalesce(p.synthetic, false)) = $synthetic RETURN p } AS nPs,
     COLLECT { MATCH (n)-[r:COVERS]->(t:Topic)
               WHERE (coalesce(r.synthetic, false) OR coalesce(t.synthetic, false)) = $synthetic RETURN t } AS nTs
CALL (n, nAs, nPs, nTs) {
  UNWIND nAs AS a
  MATCH (a)-[r:MEMBER_OF]->(m:Network) WHERE m <> n AND (coalesce(r.synthetic, false) OR coalesce(m.synthetic, false)) = $synthetic
  RETURN m, 'A' AS k
  UNION ALL
  UNWIND nPs AS p
  MATCH (p)-[r:PARTICIPATES_IN]->(m:Network) WHERE m <> n AND (coalesce(r.synthetic, false) OR coalesce(m.synthetic, false)) = $synthetic
  RETURN m, 'P' AS k
  UNION ALL
  UNWIND nTs AS t
  MATCH (t)<-[r:COVERS]-(m:Network) WHERE m <> n AND (coalesce(r.synthetic, false) OR coalesce(m.synthetic, false)) = $synthetic
  RETURN m, 'T' AS k
}
WITH n, nAs, nPs, nTs, m, k
WHERE coalesce(m.synthetic, false) = $synthetic AND ($networks IS NULL OR m.id IN $networks)
WITH n, size(nAs) AS nA, size(nPs) AS nP, size(nTs) AS nT, m,
     sum(CASE k WHEN 'A' THEN 1 ELSE 0 END) AS sA, sum(CASE k WHEN 'P' THEN 1 ELSE 0 END) AS sP0, sum(CASE k WHEN 'T' THEN 1 ELSE 0 END) AS sT
WITH m, sA, CASE WHEN sP0 < $smallCount THEN 0 ELSE sP0 END AS sP, sT, nA, nP, nT,
     COUNT { MATCH (m)<-[r:MEMBER_OF]-(a:Authority) WHERE (coalesce(r.synthetic, false) OR coalesce(a.synthetic, false)) = $synthetic } AS mA,
     COUNT { MATCH (m)<-[r:PARTICIPATES_IN]-(p:Person) WHERE (coalesce(r.synthetic, false) OR coalesce(p.synthetic, false)) = $synthetic } AS mP,
     COUNT { MATCH (m)-[r:COVERS]->(t:Topic) WHERE (coalesce(r.synthetic, false) OR coalesce(t.synthetic, false)) = $synthetic } AS mT
WHERE sA > 0 OR sP > 0 OR sT > 0
WITH m, [x IN [[sA, nA, mA], [sP, nP, mP], [sT, nT, mT]] |
          {shared: x[0], jaccard: CASE WHEN x[0] = 0 THEN 0.0 ELSE toFloat(x[0]) / (x[1] + x[2] - x[0]) END,
           overlap: CASE WHEN x[0] = 0 THEN 0.0 ELSE toFloat(x[0]) / CASE WHEN x[1] < x[2] THEN x[1] ELSE x[2] END END}] AS kinds
WITH m, kinds[0] AS authorities, kinds[1] AS persons, kinds[2] AS topics
WITH m, authorities, persons, topics,
     CASE $by WHEN 'AUTHORITIES' THEN authorities.jaccard WHEN 'PERSONS' THEN persons.jaccard
              WHEN 'TOPICS' THEN topics.jaccard ELSE (authorities.jaccard + persons.jaccard + topics.jaccard) / 3.0 END AS score
ORDER BY score DESC, m.id
WITH collect({m: m, score: score, authorities: authorities, persons: persons, topics: topics}) AS matched
CALL (matched) {
  UNWIND matched[$offset..($offset + $limit)] AS x
  WITH x, x.m AS m
  RETURN collect(x {.score, .authorities, .persons, .topics,
                    network: m {.*, parentId: [(m)-[:PART_OF]->(p:Network) | p.id][0]}}) AS items
}
RETURN size(matched) AS total, items, EXISTS { (:Network {id: $network}) } AS found
