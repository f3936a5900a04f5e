// Derived data: the order in which duplicateParticipation lists its groups, as a rank on each
// COLLEAGUES_IN and COLLEAGUES_AT relationship (the order of cypher/overlap/duplicate-*.cypher),
// and per list how many groups have at least k persons: `levels` (the distinct group sizes,
// largest first) with `atLeast` (how many groups have at least that many). As the ranking is by
// group size first, the groups of at least $minPersons are its first atLeast[...] entries, so an
// unfiltered page is an index seek by rank instead of sorting all ~40,000 groups per request.
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_IN]->(n:Network)
  WITH r ORDER BY r.persons DESC, a.id, n.id
  WITH collect(r) AS ranked
  CALL (ranked) {
    UNWIND range(0, size(ranked) - 1) AS i
    WITH ranked[i] AS r, i
    SET r.rank = i
  }
  UNWIND ranked AS r
  WITH r.persons AS level, count(*) AS groups ORDER BY level DESC
  WITH collect(level) AS levels, collect(groups) AS counts
  RETURN levels AS inLevels,
         [i IN range(0, size(counts) - 1) | reduce(s = 0, c IN counts[0..i + 1] | s + c)] AS inAtLeast
}
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
  WITH r ORDER BY r.persons DESC, e.date DESC, a.id, e.id
  WITH collect(r) AS ranked
  CALL (ranked) {
    UNWIND range(0, size(ranked) - 1) AS i
    WITH ranked[i] AS r, i
    SET r.rank = i
  }
  UNWIND ranked AS r
  WITH r.persons AS level, count(*) AS groups ORDER BY level DESC
  WITH collect(level) AS levels, collect(groups) AS counts
  RETURN levels AS atLevels,
         [i IN range(0, size(counts) - 1) | reduce(s = 0, c IN counts[0..i + 1] | s + c)] AS atAtLeast
}
MERGE (d:DerivedData {id: 'colleagues'})
SET d.inLevels = inLevels, d.inAtLeast = inAtLeast, d.atLevels = atLevels, d.atAtLeast = atAtLeast
RETURN size(inLevels) AS done
