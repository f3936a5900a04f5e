// How much of the store comes from the sources and how much is Beispieldaten: nodes per kind,
// and relations per type (a relation is Beispieldaten when it or a node at either end is).
// Persons and the relations of persons are counted apart, with how many of them the viewer may
// not see (server/src/privacy.ts: a person by all their participations, a participation or
// attendance by its own visibility; a relation is named rel, since the person rule binds r and s),
// so that the API can withhold small numbers. The rule is null, not false, where it does not
// admit an anonymous viewer ($viewer null), so hidden is the negation of coalesce(rule, false).
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
           NOT coalesce((n.id = $viewer OR EXISTS { (n)-[r:PARTICIPATES_IN|ATTENDED]->(s) WHERE (n.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (n)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) }), false) AS hidden
  }
  WITH kind, count(CASE WHEN synthetic THEN NULL ELSE 1 END) AS real, count(CASE WHEN synthetic THEN 1 END) AS synthetic,
       count(CASE WHEN hidden AND NOT synthetic THEN 1 END) AS hiddenReal, count(CASE WHEN hidden AND synthetic THEN 1 END) AS hiddenSynthetic
  ORDER BY kind
  RETURN collect({kind: kind, real: real, synthetic: synthetic, hiddenReal: hiddenReal, hiddenSynthetic: hiddenSynthetic}) AS nodes
}
CALL () {
  MATCH (a)-[rel:PART_OF|COVERS|COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT|MEMBER_OF|EMERGED_IN|ADOPTED_BY|ABOUT|ORGANISED_BY|WORKS_AT|PARTICIPATES_IN|ATTENDED]->(b)
  WITH type(rel) + CASE WHEN type(rel) = 'MEMBER_OF' AND a:Authority THEN ':Authority' ELSE '' END AS kind,
       coalesce(rel.synthetic, false) OR coalesce(a.synthetic, false) OR coalesce(b.synthetic, false) AS synthetic,
       a:Person AND NOT coalesce(CASE WHEN type(rel) = 'WORKS_AT' THEN (a.id = $viewer OR EXISTS { (a)-[r:PARTICIPATES_IN|ATTENDED]->(s) WHERE (a.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (a)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND s.id IN $viewerScopes)) })
                                      ELSE (a.id = $viewer OR rel.visibility = 'PUBLIC' OR (rel.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (a)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (rel.visibility = 'NETWORK' AND b.id IN $viewerScopes)) END, false) AS hidden
  WITH kind, count(CASE WHEN synthetic THEN NULL ELSE 1 END) AS real, count(CASE WHEN synthetic THEN 1 END) AS synthetic,
       count(CASE WHEN hidden AND NOT synthetic THEN 1 END) AS hiddenReal, count(CASE WHEN hidden AND synthetic THEN 1 END) AS hiddenSynthetic
  ORDER BY kind
  RETURN collect({kind: kind, real: real, synthetic: synthetic, hiddenReal: hiddenReal, hiddenSynthetic: hiddenSynthetic}) AS relations
}
RETURN nodes, relations
