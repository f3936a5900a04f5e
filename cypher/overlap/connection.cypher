// The shortest way from one authority to another through shared networks (MEMBER_OF). Among
// equally short ways the one with the smallest list of ids is returned, so the answer is stable.
// (connection-via-persons.cypher also goes through persons who work at one and take part in a
// network.) A fixed relationship type lets the planner run a bidirectional breadth-first
// search, so "no way" ends when one side runs out instead of enumerating paths.
OPTIONAL MATCH (a:Authority {id: $from})
OPTIONAL MATCH (b:Authority {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[:MEMBER_OF*..12]-(b))
  WITH p WHERE length(p) <= $maxHops
  WITH p ORDER BY [n IN nodes(p) | n.id]
  LIMIT 1
  RETURN [n IN nodes(p) | n {.*, isAuthority: n:Authority, isUmbrella: n:UmbrellaOrganisation,
            authorityId: [(n)-[:WORKS_AT]->(x:Authority) | x.id][0], parentId: [(n)-[:PART_OF]->(x) | x.id][0]}] AS nodes,
         [r IN relationships(p) | type(r)] AS relations
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, nodes, relations
