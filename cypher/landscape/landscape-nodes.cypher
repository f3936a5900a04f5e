// Every node the map draws, with its weight. Persons are never drawn one by one: they are
// counted into their authority (personCount) and their networks (participantCount).
CALL () {
  MATCH (n:Network)
  RETURN n, 'Network' AS kind,
         COUNT { (n)<-[:MEMBER_OF]-(:Authority) } AS members, COUNT { (n)<-[:PARTICIPATES_IN]-(:Person) } AS persons
  UNION ALL
  MATCH (n:UmbrellaOrganisation) WHERE NOT n:Authority
  RETURN n, 'UmbrellaOrganisation' AS kind, COUNT { (n)-->(:Network) } AS members, 0 AS persons
  UNION ALL
  MATCH (n:Authority)
  RETURN n, 'Authority' AS kind, COUNT { (n)-->(:Network) } AS members, COUNT { (n)<-[:WORKS_AT]-(:Person) } AS persons
  UNION ALL
  MATCH (n:Topic)
  RETURN n, 'Topic' AS kind, COUNT { (n)<-[:COVERS]-(:Network) } AS members, 0 AS persons
  UNION ALL
  MATCH (n:Innovation)
  RETURN n, 'Innovation' AS kind, COUNT { (n)-[:ADOPTED_BY]->(:Authority) } AS members, 0 AS persons
}
WITH n, kind, members, persons
WHERE $includeSynthetic OR NOT coalesce(n.synthetic, false)
RETURN n.id AS id, kind, coalesce(n.shortName, n.name, n.title) AS label, coalesce(n.name, n.title) AS name,
       members, persons, coalesce(n.synthetic, false) AS synthetic, n:UmbrellaOrganisation AS umbrella,
       n.level AS level, n.bundesland AS bundesland, n.typology AS typology, n.governance AS governance
ORDER BY kind, id
