// Pairwise similarity of a set of networks (all, $networks, or filtered), by shared authorities
// or shared persons ($by). Pairs only where they share something (a sparse matrix); the
// Jaccard index and overlap coefficient are computed from the sizes by the resolver.
MATCH (n:Network)
WHERE ($networks IS NULL OR n.id IN $networks)
  AND ($level IS NULL OR n.level = $level)
  AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
  AND ($topic IS NULL OR EXISTS { (n)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) })
WITH n ORDER BY n.id
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n
  RETURN collect({id: n.id, name: n.name, shortName: n.shortName,
                  size: CASE $by WHEN 'PERSONS' THEN COUNT { (n)<-[:PARTICIPATES_IN]-(:Person) }
                                 ELSE COUNT { (n)<-[:MEMBER_OF]-(:Authority) } END}) AS networks
}
CALL (ns) {
  UNWIND ns AS n
  CALL (n) {
    WITH n WHERE $by = 'AUTHORITIES'
    MATCH (n)<-[:MEMBER_OF]-(:Authority)-[:MEMBER_OF]->(m:Network) WHERE n.id < m.id
    RETURN m
    UNION ALL
    WITH n WHERE $by = 'PERSONS'
    MATCH (n)<-[:PARTICIPATES_IN]-(:Person)-[:PARTICIPATES_IN]->(m:Network) WHERE n.id < m.id
    RETURN m
  }
  WITH n, m, count(*) AS shared WHERE m IN ns
  RETURN collect({a: n.id, b: m.id, shared: shared}) AS pairs
}
RETURN networks, pairs
