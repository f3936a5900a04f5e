// For one network, every other network sharing authorities, persons or topics with it, with
// the shared counts, the Jaccard index and the overlap coefficient for each kind. Shared counts
// and sizes come from the derived OVERLAPS relationships and network counts (cypher/derive).
// Fewer than $smallCount shared persons count as none: the derived counts include persons the
// viewer may not see, and so small a number could single them out (server/src/privacy.ts).
MATCH (n:Network {id: $network})
MATCH (n)-[r:OVERLAPS]-(m:Network)
WHERE $networks IS NULL OR m.id IN $networks
WITH m, r.authorities AS sA, CASE WHEN r.persons < $smallCount THEN 0 ELSE r.persons END AS sP, r.topics AS sT,
     coalesce(n.statAuthorities, 0) AS nA, coalesce(n.statPersons, 0) AS nP, coalesce(n.statTopics, 0) AS nT,
     coalesce(m.statAuthorities, 0) AS mA, coalesce(m.statPersons, 0) AS mP, coalesce(m.statTopics, 0) AS mT
WHERE sA > 0 OR sP > 0 OR sT > 0
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
WITH collect({m: m, score: score, authorities: authorities, persons: persons, topics: topics}) AS matched
CALL (matched) {
  UNWIND matched[$offset..($offset + $limit)] AS x
  WITH x, x.m AS m
  RETURN collect(x {.score, .authorities, .persons, .topics,
                    network: m {.*, parentId: [(m)-[:PART_OF]->(p:Network) | p.id][0]}}) AS items
}
RETURN size(matched) AS total, items, EXISTS { (:Network {id: $network}) } AS found
