// For one network, every other network sharing authorities, persons or topics with it, with
// the shared counts, the Jaccard index and the overlap coefficient for each kind.
MATCH (n:Network {id: $network})
WITH n,
     COUNT { (n)<-[:MEMBER_OF]-(:Authority) } AS nA,
     COUNT { (n)<-[:PARTICIPATES_IN]-(:Person) } AS nP,
     COUNT { (n)-[:COVERS]->(:Topic) } AS nT
CALL (n) {
  MATCH (n)<-[:MEMBER_OF]-(:Authority)-[:MEMBER_OF]->(m:Network) WHERE m <> n
  RETURN m, 'A' AS kind, count(*) AS shared
  UNION ALL
  MATCH (n)<-[:PARTICIPATES_IN]-(:Person)-[:PARTICIPATES_IN]->(m:Network) WHERE m <> n
  RETURN m, 'P' AS kind, count(*) AS shared
  UNION ALL
  MATCH (n)-[:COVERS]->(:Topic)<-[:COVERS]-(m:Network) WHERE m <> n
  RETURN m, 'T' AS kind, count(*) AS shared
}
WITH n, nA, nP, nT, m, kind, shared
WHERE $networks IS NULL OR m.id IN $networks
WITH n, nA, nP, nT, m,
     sum(CASE kind WHEN 'A' THEN shared ELSE 0 END) AS sA,
     sum(CASE kind WHEN 'P' THEN shared ELSE 0 END) AS sP,
     sum(CASE kind WHEN 'T' THEN shared ELSE 0 END) AS sT
WITH m, sA, sP, sT, nA, nP, nT,
     COUNT { (m)<-[:MEMBER_OF]-(:Authority) } AS mA,
     COUNT { (m)<-[:PARTICIPATES_IN]-(:Person) } AS mP,
     COUNT { (m)-[:COVERS]->(:Topic) } AS mT
WITH m,
     {shared: sA, jaccard: CASE WHEN sA = 0 THEN 0.0 ELSE toFloat(sA) / (nA + mA - sA) END,
      overlap: CASE WHEN sA = 0 THEN 0.0 ELSE toFloat(sA) / CASE WHEN nA < mA THEN nA ELSE mA END END} AS authorities,
     {shared: sP, jaccard: CASE WHEN sP = 0 THEN 0.0 ELSE toFloat(sP) / (nP + mP - sP) END,
      overlap: CASE WHEN sP = 0 THEN 0.0 ELSE toFloat(sP) / CASE WHEN nP < mP THEN nP ELSE mP END END} AS persons,
     {shared: sT, jaccard: CASE WHEN sT = 0 THEN 0.0 ELSE toFloat(sT) / (nT + mT - sT) END,
      overlap: CASE WHEN sT = 0 THEN 0.0 ELSE toFloat(sT) / CASE WHEN nT < mT THEN nT ELSE mT END END} AS topics
WITH m, authorities, persons, topics,
     CASE $by WHEN 'AUTHORITIES' THEN authorities.jaccard WHEN 'PERSONS' THEN persons.jaccard
              WHEN 'TOPICS' THEN topics.jaccard ELSE (authorities.jaccard + persons.jaccard + topics.jaccard) / 3.0 END AS score
ORDER BY score DESC, m.id
WITH collect({network: m {.*, parentId: [(m)-[:PART_OF]->(p:Network) | p.id][0]}, score: score,
              authorities: authorities, persons: persons, topics: topics}) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS items, EXISTS { (:Network {id: $network}) } AS found
