// How much of the store comes from the sources and how much is Beispieldaten: nodes per kind,
// and relations per type (a relation is Beispieldaten when it or a node at either end is).
// Persons and the relations of persons are counted apart, with how many of them concern persons
// the viewer may not see (server/src/privacy.ts), so that the API can withhold small numbers.
CALL () {
  CALL () {
    MATCH (n:Network) RETURN 'Network' AS kind, coalesce(n.synthetic, false) AS synthetic, false AS hidden
    UNION ALL
    MATCH (n:UmbrellaOrganisation) WHERE NOT n:Authority RETURN 'UmbrellaOrganisation' AS kind, coalesce(n.synthetic, false) AS synthetic, false AS hidden
    UNION ALL
    MATCH (n:Authority) RETURN 'Authority' AS kind, coalesce(n.synthetic, false) AS synthetic, false AS hidden
    UNION ALL
    MATCH (n:Topic) RETURN 'Topic' AS kind, coalesce(n.synthetic, false) AS synthetic, false AS hidden
    UNION ALL
    MATCH (n:Innovation) RETURN 'Innovation' AS kind, coalesce(n.synthetic, false) AS synthetic, false AS hidden
    UNION ALL
    MATCH (n:Event) RETURN 'Event' AS kind, coalesce(n.synthetic, false) AS synthetic, false AS hidden
    UNION ALL
    MATCH (n:Person)
    RETURN 'Person' AS kind, coalesce(n.synthetic, false) AS synthetic,
           NOT (n.consent = true OR EXISTS { (n)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) AS hidden
  }
  WITH kind, count(CASE WHEN synthetic THEN NULL ELSE 1 END) AS real, count(CASE WHEN synthetic THEN 1 END) AS synthetic,
       count(CASE WHEN hidden AND NOT synthetic THEN 1 END) AS hiddenReal, count(CASE WHEN hidden AND synthetic THEN 1 END) AS hiddenSynthetic
  ORDER BY kind
  RETURN collect({kind: kind, real: real, synthetic: synthetic, hiddenReal: hiddenReal, hiddenSynthetic: hiddenSynthetic}) AS nodes
}
CALL () {
  MATCH (a)-[r:PART_OF|COVERS|COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT|MEMBER_OF|EMERGED_IN|ADOPTED_BY|ABOUT|ORGANISED_BY|WORKS_AT|PARTICIPATES_IN|ATTENDED]->(b)
  WITH type(r) + CASE WHEN type(r) = 'MEMBER_OF' AND a:Authority THEN ':Authority' ELSE '' END AS kind,
       coalesce(r.synthetic, false) OR coalesce(a.synthetic, false) OR coalesce(b.synthetic, false) AS synthetic,
       a:Person AND NOT (a.consent = true OR EXISTS { (a)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) AS hidden
  WITH kind, count(CASE WHEN synthetic THEN NULL ELSE 1 END) AS real, count(CASE WHEN synthetic THEN 1 END) AS synthetic,
       count(CASE WHEN hidden AND NOT synthetic THEN 1 END) AS hiddenReal, count(CASE WHEN hidden AND synthetic THEN 1 END) AS hiddenSynthetic
  ORDER BY kind
  RETURN collect({kind: kind, real: real, synthetic: synthetic, hiddenReal: hiddenReal, hiddenSynthetic: hiddenSynthetic}) AS relations
}
RETURN nodes, relations
