// Every node the map draws, with its weight. Persons are never drawn one by one: they are
// counted into their authority and their networks (persons), with how many of them the viewer
// may not see (hiddenPersons; server/src/privacy.ts), so that the API can withhold small counts.
// The rule is null, not false, where it does not admit an anonymous viewer ($viewer null makes
// p.id = $viewer null), so its negation is taken of coalesce(rule, false).
// Without Beispieldaten ($includeSynthetic false) the weights count only relations from the
// sources to nodes from the sources: a real authority with invented memberships weighs nothing.
CALL () {
  MATCH (n:Network)
  RETURN n, 'Network' AS kind,
         COUNT { MATCH (n)<-[r:MEMBER_OF]-(x:Authority) WHERE ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false))) } AS members,
         COUNT { MATCH (n)<-[r:PARTICIPATES_IN]-(x:Person) WHERE ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false))) } AS persons,
         COUNT { MATCH (n)<-[r:PARTICIPATES_IN]-(p:Person) WHERE ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(p.synthetic, false))) AND NOT coalesce((p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND n.id IN $viewerScopes)), false) } AS hiddenPersons
  UNION ALL
  MATCH (n:UmbrellaOrganisation) WHERE NOT n:Authority
  RETURN n, 'UmbrellaOrganisation' AS kind, COUNT { MATCH (n)-[r]->(x:Network) WHERE ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false))) } AS members, 0 AS persons, 0 AS hiddenPersons
  UNION ALL
  MATCH (n:Authority)
  RETURN n, 'Authority' AS kind, COUNT { MATCH (n)-[r]->(x:Network) WHERE ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false))) } AS members,
         COUNT { MATCH (n)<-[w:WORKS_AT]-(x:Person) WHERE ($includeSynthetic OR NOT (coalesce(w.synthetic, false) OR coalesce(x.synthetic, false))) } AS persons,
         COUNT { MATCH (n)<-[w:WORKS_AT]-(p:Person) WHERE ($includeSynthetic OR NOT (coalesce(w.synthetic, false) OR coalesce(p.synthetic, false))) AND NOT coalesce((p.id = $viewer OR EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->(s) WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) }), false) } AS hiddenPersons
  UNION ALL
  MATCH (n:Topic)
  RETURN n, 'Topic' AS kind, COUNT { MATCH (n)<-[r:COVERS]-(x:Network) WHERE ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false))) } AS members, 0 AS persons, 0 AS hiddenPersons
  UNION ALL
  MATCH (n:Innovation)
  RETURN n, 'Innovation' AS kind, COUNT { MATCH (n)-[r:ADOPTED_BY]->(x:Authority) WHERE ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(x.synthetic, false))) } AS members, 0 AS persons, 0 AS hiddenPersons
}
WITH n, kind, members, persons, hiddenPersons
WHERE $includeSynthetic OR NOT coalesce(n.synthetic, false)
RETURN n.id AS id, kind, coalesce(n.shortName, n.name, n.title) AS label, coalesce(n.name, n.title) AS name,
       members, persons, hiddenPersons, coalesce(n.synthetic, false) AS synthetic, n:UmbrellaOrganisation AS umbrella,
       n.level AS level, n.bundesland AS bundesland, n.typology AS typology, n.governance AS governance
ORDER BY kind, id
