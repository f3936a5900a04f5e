// Pairwise similarity of a set of networks (all, $networks, or filtered), by shared authorities
// or shared persons ($by), read from the derived OVERLAPS relationships and network sizes.
// Pairs only where they share at least $minShared (a sparse matrix), one row per network:
// [rank a, ranks of its partners b, shared counts] (ranks from cypher/derive, all integers; a
// matrix of 400 networks has ~80,000 pairs, and grouping them by network hands the driver
// three lists per network instead of one list per pair). The resolver indexes, orders and computes the
// Jaccard index and overlap coefficient from the sizes (server/src/schema/overlap/matrix.ts).
// With $synthetic set (false: facts from the sources only; true: Beispieldaten only) the
// networks, and the memberships or participations counted, are those of that scope, counted on
// the spot (the derived counts mix both): a membership belongs to the Beispieldaten when it or
// its authority (person) is synthetic.
MATCH (n:Network)
WHERE ($networks IS NULL OR n.id IN $networks)
  AND ($level IS NULL OR n.level = $level)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
  AND ($topic IS NULL OR EXISTS { (n)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) })
WITH n ORDER BY n.id
WITH collect(n) AS ns
CALL (ns) {
  WITH ns WHERE $synthetic IS NULL
  UNWIND ns AS n
  MATCH (n)-[r:OVERLAPS]->(m:Network)
  WHERE m IN ns
  WITH n, m, CASE $by WHEN 'PERSONS' THEN r.persons ELSE r.authorities END AS shared
  WHERE shared >= $minShared
  WITH n, collect(m.statRank) AS partners, collect(shared) AS counts
  RETURN collect([n.statRank, partners, counts]) AS rows,
         [n IN ns | coalesce(CASE $by WHEN 'PERSONS' THEN n.statPersons ELSE n.statAuthorities END, 0)] AS sizes
  UNION ALL
  WITH ns WHERE $synthetic IS NOT NULL
  CALL (ns) {
    UNWIND ns AS n
    MATCH (n)<-[r:MEMBER_OF|PARTICIPATES_IN]-(x)
    WHERE type(r) = CASE $by WHEN 'PERSONS' THEN 'PARTICIPATES_IN' ELSE 'MEMBER_OF' END
      AND (x:Authority OR x:Person)
      AND (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false)) = $synthetic
    WITH x, n ORDER BY n.id
    WITH x, collect(n) AS its
    UNWIND range(0, size(its) - 2) AS i
    UNWIND range(i + 1, size(its) - 1) AS j
    WITH its[i] AS n, its[j] AS m, count(*) AS shared
    WHERE shared >= $minShared
    WITH n, m, shared ORDER BY m.id
    WITH n, collect(m.statRank) AS partners, collect(shared) AS counts
    RETURN collect([n.statRank, partners, counts]) AS rows
  }
  RETURN rows,
         [n IN ns | COUNT { MATCH (n)<-[r:MEMBER_OF|PARTICIPATES_IN]-(x)
                            WHERE type(r) = CASE $by WHEN 'PERSONS' THEN 'PARTICIPATES_IN' ELSE 'MEMBER_OF' END
                              AND (x:Authority OR x:Person)
                              AND (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false)) = $synthetic }] AS sizes
}
RETURN [i IN range(0, size(ns) - 1) | {id: ns[i].id, rank: ns[i].statRank, name: ns[i].name, shortName: ns[i].shortName,
                                        size: sizes[i]}] AS networks,
       rows
