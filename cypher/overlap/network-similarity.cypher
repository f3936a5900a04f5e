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
// The Jaccard index and overlap coefficient, once for the three kinds: [shared, size n, size m].
WITH m, [k IN [[sA, nA, mA], [sP, nP, mP], [sT, nT, mT]] |
          {shared: k[0], jaccard: CASE WHEN k[0] = 0 THEN 0.0 ELSE toFloat(k[0]) / (k[1] + k[2] - k[0]) END,
           overlap: CASE WHEN k[0] = 0 THEN 0.0 ELSE toFloat(k[0]) / CASE WHEN k[1] < k[2] THEN k[1] ELSE k[2] END END}] AS kinds
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
