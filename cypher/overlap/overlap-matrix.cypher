// Pairwise similarity of a set of networks (all, $networks, or filtered), by shared authorities
// or shared persons ($by). Pairs only where they share something (a sparse matrix); the
// Jaccard index and overlap coefficient are computed from the sizes by the resolver.
CALL () {
  MATCH (n:Network)
  WHERE ($networks IS NULL OR n.id IN $networks)
    AND ($level IS NULL OR n.level = $level)
    AND ($synthetic IS NULL OR coalesce(n.synthetic, false) = $synthetic)
    AND ($topic IS NULL OR EXISTS { (n)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) })
  WITH n ORDER BY n.id
  RETURN collect({id: n.id, name: n.name, shortName: n.shortName,
                  size: CASE $by WHEN 'PERSONS' THEN COUNT { (n)<-[:PARTICIPATES_IN]-(:Person) }
                                 ELSE COUNT { (n)<-[:MEMBER_OF]-(:Authority) } END}) AS networks
}
CALL () {
  CALL () {
    WITH 1 AS one WHERE $by = 'AUTHORITIES'
    MATCH (n:Network)<-[:MEMBER_OF]-(:Authority)-[:MEMBER_OF]->(m:Network) WHERE n.id < m.id AND ($networks IS NULL OR n.id IN $networks)
    RETURN n, m
    UNION ALL
    WITH 1 AS one WHERE $by = 'PERSONS'
    MATCH (n:Network)<-[:PARTICIPATES_IN]-(:Person)-[:PARTICIPATES_IN]->(m:Network) WHERE n.id < m.id AND ($networks IS NULL OR n.id IN $networks)
    RETURN n, m
  }
  WITH n, m, count(*) AS shared
  WHERE ($networks IS NULL OR (n.id IN $networks AND m.id IN $networks))
    AND ($level IS NULL OR (n.level = $level AND m.level = $level))
    AND ($synthetic IS NULL OR (coalesce(n.synthetic, false) = $synthetic AND coalesce(m.synthetic, false) = $synthetic))
    AND ($topic IS NULL OR (EXISTS { (n)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) }
                            AND EXISTS { (m)-[:COVERS]->(:Topic)-[:PART_OF*0..3]->(:Topic {id: $topic}) }))
  RETURN collect({a: n.id, b: m.id, shared: shared}) AS pairs
}
RETURN networks, pairs
