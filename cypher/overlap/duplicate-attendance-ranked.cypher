// duplicateParticipation, per event, without authority or network filters: one page of the
// ranking derived at load time (cypher/derive/colleague-ranks.cypher), read by rank through the
// relationship index, with the same fields as cypher/overlap/duplicate-attendance.cypher.
// The groups of at least $minPersons are the first `total` of the ranking; their persons are read
// by the ids the derivation kept (cypher/derive/colleagues.cypher) when $personDetails, else
// those ids are the answer (`personIds`). `complete` is false when the
// store has no ranking or keeps fewer ids than $maxPersons; the server then asks the full statement.
OPTIONAL MATCH (d:DerivedData {id: 'colleagues'})
WITH d, reduce(t = 0, i IN range(0, size(coalesce(d.atLevels, [])) - 1) |
               CASE WHEN d.atLevels[i] >= $minPersons THEN d.atAtLeast[i] ELSE t END) AS total
CALL (total) {
  MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
  WHERE r.rank >= $offset AND r.rank < $offset + $limit AND r.rank < total
  WITH a, e, r ORDER BY r.rank
  RETURN collect({authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation},
                  event: e {.*, networkId: [(e)-[:ORGANISED_BY]->(n:Network) | n.id][0]},
                  personCount: r.persons,
                  personIds: CASE WHEN $personDetails THEN null ELSE r.personIds[0..$maxPersons] END,
                  persons: CASE WHEN $personDetails THEN COLLECT { UNWIND r.personIds[0..$maxPersons] AS id
                                                                  MATCH (p:Person {id: id})
                                                                  WITH p ORDER BY p.id
                                                                  RETURN p {.*, authorityId: a.id} } END}) AS items
}
RETURN total, items, d.atLevels IS NOT NULL AND coalesce(d.keptPersons, 0) >= $maxPersons AS complete
