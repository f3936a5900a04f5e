// The shortest way from one authority to another through shared networks and through persons who
// work at one and take part in a network: only through participations the viewer may see
// (server/src/privacy.ts), so a hidden participation is never told by the way. Ties: the smallest list
// of ids, so the answer is stable. (Fixed relationship types: the planner runs a bidirectional
// breadth-first search.)
OPTIONAL MATCH (a:Authority {id: $from})
OPTIONAL MATCH (b:Authority {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH path = allShortestPaths((a)-[:MEMBER_OF|WORKS_AT|PARTICIPATES_IN*..12]-(b))
  WHERE all(r IN relationships(path) WHERE type(r) <> 'PARTICIPATES_IN'
            OR EXISTS { MATCH (p:Person)-[r]->(s) WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) })
  WITH path WHERE length(path) <= $maxHops
  WITH path ORDER BY [n IN nodes(path) | n.id]
  LIMIT 1
  RETURN [n IN nodes(path) | n {.*, isAuthority: n:Authority, isUmbrella: n:UmbrellaOrganisation, visible: n:Person,
            authorityId: [(n)-[:WORKS_AT]->(x:Authority) | x.id][0], parentId: [(n)-[:PART_OF]->(x) | x.id][0]}] AS nodes,
         [r IN relationships(path) | type(r)] AS relations
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, nodes, relations
