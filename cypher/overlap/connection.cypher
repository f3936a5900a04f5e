// The shortest way from one authority to another through shared networks (MEMBER_OF), and,
// with $viaPersons, through persons who work at one and take part in a network. Among equally
// short ways the one with the smallest list of ids is returned, so the answer is stable.
OPTIONAL MATCH (a:Authority {id: $from})
OPTIONAL MATCH (b:Authority {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[:MEMBER_OF|WORKS_AT|PARTICIPATES_IN*..12]-(b))
  WHERE all(r IN relationships(p) WHERE $viaPersons OR type(r) = 'MEMBER_OF') AND length(p) <= $maxHops
  WITH p ORDER BY [n IN nodes(p) | n.id]
  LIMIT 1
  RETURN [n IN nodes(p) | n {.*, isAuthority: n:Authority, isUmbrella: n:UmbrellaOrganisation,
            authorityId: [(n)-[:WORKS_AT]->(x:Authority) | x.id][0], parentId: [(n)-[:PART_OF]->(x) | x.id][0]}] AS nodes,
         [r IN relationships(p) | type(r)] AS relations
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, nodes, relations
