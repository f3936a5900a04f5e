// What the exchange formats carry: organisations (authorities and umbrellas), networks, the
// relations between them with their dates and provenance, and, when $persons is not 'NONE',
// persons with their participations: with 'PUBLIC' only participations their person made public.
CALL () {
  MATCH (o) WHERE o:Authority OR o:UmbrellaOrganisation
  RETURN collect(o {.id, .name, .shortName, .bundesland, .level, .ags, .ars, .pvogId, .wikidataId, .website, .source, .synthetic,
                    authority: o:Authority, umbrella: o:UmbrellaOrganisation}) AS organisations
}
CALL () {
  MATCH (n:Network)
  RETURN collect(n {.id, .name, .shortName, .website, .level, .bundesland, .source, .synthetic,
                    partOf: [(n)-[:PART_OF]->(p:Network) | p.id][0]}) AS networks
}
CALL () {
  MATCH (o)-[r:MEMBER_OF|COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT]->(n:Network)
  WHERE o:Authority OR o:UmbrellaOrganisation
  RETURN collect({from: o.id, type: type(r), to: n.id, since: r.since, until: r.until, source: r.source, synthetic: r.synthetic}) AS relations
}
CALL () {
  MATCH (p:Person)-[r:PARTICIPATES_IN]->(n:Network)
  WHERE $persons = 'ALL' OR ($persons = 'PUBLIC' AND r.visibility = 'PUBLIC')
  WITH p, collect({network: n.id, role: r.role, since: r.since, until: r.until, visibility: r.visibility, source: r.source, synthetic: r.synthetic}) AS parts
  RETURN collect(p {.id, .name, .source, .synthetic, authority: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], participations: parts}) AS persons
}
RETURN organisations, networks, relations, persons
