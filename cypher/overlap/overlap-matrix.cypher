// Pairwise similarity of a set of networks (all, $networks, or filtered), by shared authorities
// or shared persons ($by), read from the derived OVERLAPS relationships and network sizes.
// Pairs only where they share at least $minShared (a sparse matrix), one row per network:
// [rank a, ranks of its partners b, shared counts] (ranks from cypher/derive, all integers; a
// matrix of 400 networks has ~80,000 pairs, and grouping them by network hands the driver
// three lists per network instead of one list per pair). The resolver indexes, orders and computes the
// Jaccard index and overlap coefficient from the sizes (server/src/schema/overlap/matrix.ts).
MATCH (n:Network)
WHERE ($networks IS NULL OR n.id IN $networks)
  AND ($level IS NULL OR n.level = $level)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
  AND ($topic IS NULL OR EXISTS { (n)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) })
WITH n ORDER BY n.id
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n
  MATCH (n)-[r:OVERLAPS]->(m:Network)
  WHERE m IN ns
  WITH n, m, CASE $by WHEN 'PERSONS' THEN r.persons ELSE r.authorities END AS shared
  WHERE shared >= $minShared
  WITH n, collect(m.statRank) AS partners, collect(shared) AS counts
  RETURN collect([n.statRank, partners, counts]) AS rows
}
RETURN [n IN ns | {id: n.id, rank: n.statRank, name: n.name, shortName: n.shortName,
                   size: coalesce(CASE $by WHEN 'PERSONS' THEN n.statPersons ELSE n.statAuthorities END, 0)}] AS networks,
       rows
