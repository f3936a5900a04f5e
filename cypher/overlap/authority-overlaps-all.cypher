// authorityOverlaps without a topic or network scope: ranked on each authority's derived
// network count (cypher/derive), networks read for the requested page only.
MATCH (a:Authority)
WHERE a.statNetworks >= $minNetworks
  AND ($level IS NULL OR a.level = $level)
  AND ($bundesland IS NULL OR a.bundesland = $bundesland)
WITH a ORDER BY a.statNetworks DESC, a.id
WITH collect(a) AS matched
CALL (matched) {
  UNWIND matched[$offset..($offset + $limit)] AS a
  RETURN collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  networkCount: a.statNetworks,
                  networks: COLLECT { MATCH (a)-[:MEMBER_OF]->(n:Network) RETURN n {.id, .name, .shortName} ORDER BY n.name, n.id }}) AS items
}
RETURN size(matched) AS total, items
