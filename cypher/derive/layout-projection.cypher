// Derived data, the map's positions, step 1: every node the map draws (as landscape-nodes, with
// what the layout needs of it) and every relation between them (as landscape-edges), Beispieldaten
// included, as lists; server/src/derived/layout.ts lays them out.
CALL () {
  MATCH (n:Network) RETURN n, 'Network' AS kind
  UNION ALL
  MATCH (n:UmbrellaOrganisation) WHERE NOT n:Authority RETURN n, 'UmbrellaOrganisation' AS kind
  UNION ALL
  MATCH (n:Authority) RETURN n, 'Authority' AS kind
  UNION ALL
  MATCH (n:Topic) RETURN n, 'Topic' AS kind
  UNION ALL
  MATCH (n:Innovation) RETURN n, 'Innovation' AS kind
}
WITH collect([n.id, kind, n.bundesland, n:UmbrellaOrganisation]) AS nodes
CALL () {
  MATCH (a)-[:PART_OF|COVERS|COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT|MEMBER_OF|EMERGED_IN|ADOPTED_BY|ABOUT]->(b)
  WHERE NOT a:Person AND NOT a:Event
  RETURN collect([a.id, b.id]) AS edges
}
RETURN nodes, edges
