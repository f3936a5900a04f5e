// Derived data: the order in which duplicateParticipation lists its groups, as seen without
// signing in. Per COLLEAGUES_IN and COLLEAGUES_AT relationship: `public`, how many of its persons
// show their participation (or attendance) publicly; `size` and `partly`, the group as such a
// viewer may learn it (shownGroupSize in server/src/privacy.ts: with 1 or 2 persons hidden, those
// shown plus one, and partly true); `publicIds`, the first 1,000 of those persons by id (the
// persons a page shows without signing in, checked again when read); `rank`, its place in the
// order size (largest first), partly (false first), then authority and network (for events:
// date, newest first, authority, event).
// Per list the tiers of that order, one per size and partly: `sizes`, `partly` and `ends` (the
// rank after the tier's last). The groups of at least k persons are the ranks before the end of
// the last tier of size k or more, so a page is an index seek by rank; a signed-in viewer's own
// view moves few groups (server/src/derived/shownGroups.ts). Run again after a consent changes.
CALL () {
  MATCH ()-[r:COLLEAGUES_IN]->()
  SET r.public = 0, r.publicIds = []
}
CALL () {
  MATCH (p:Person)-[:PARTICIPATES_IN {visibility: 'PUBLIC'}]->(n:Network)
  MATCH (p)-[:WORKS_AT]->(a:Authority)-[r:COLLEAGUES_IN]->(n)
  WITH r, p.id AS id ORDER BY id
  WITH r, collect(id) AS ids
  SET r.public = size(ids), r.publicIds = ids[0..1000]
}
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_IN]->(n:Network)
  WITH a, n, r, r.persons - r.public IN [1, 2] AS partly
  WITH a, n, r, partly, CASE WHEN partly THEN r.public + 1 ELSE r.persons END AS size
  SET r.size = size, r.partly = partly
  WITH r ORDER BY r.size DESC, r.partly, a.id, n.id
  WITH collect(r) AS ranked
  CALL (ranked) {
    UNWIND range(0, size(ranked) - 1) AS i
    WITH ranked[i] AS r, i
    SET r.rank = i
  }
  UNWIND ranked AS r
  WITH r.size AS size, r.partly AS partly, max(r.rank) + 1 AS end ORDER BY end
  RETURN collect(size) AS inSizes, collect(partly) AS inPartly, collect(end) AS inEnds
}
CALL () {
  MATCH ()-[r:COLLEAGUES_AT]->()
  SET r.public = 0, r.publicIds = []
}
CALL () {
  MATCH (p:Person)-[:ATTENDED {visibility: 'PUBLIC'}]->(e:Event)
  MATCH (p)-[:WORKS_AT]->(a:Authority)-[r:COLLEAGUES_AT]->(e)
  WITH r, p.id AS id ORDER BY id
  WITH r, collect(id) AS ids
  SET r.public = size(ids), r.publicIds = ids[0..1000]
}
CALL () {
  MATCH (a:Authority)-[r:COLLEAGUES_AT]->(e:Event)
  WITH a, e, r, r.persons - r.public IN [1, 2] AS partly
  WITH a, e, r, partly, CASE WHEN partly THEN r.public + 1 ELSE r.persons END AS size
  SET r.size = size, r.partly = partly
  WITH r ORDER BY r.size DESC, r.partly, e.date DESC, a.id, e.id
  WITH collect(r) AS ranked
  CALL (ranked) {
    UNWIND range(0, size(ranked) - 1) AS i
    WITH ranked[i] AS r, i
    SET r.rank = i
  }
  UNWIND ranked AS r
  WITH r.size AS size, r.partly AS partly, max(r.rank) + 1 AS end ORDER BY end
  RETURN collect(size) AS atSizes, collect(partly) AS atPartly, collect(end) AS atEnds
}
MERGE (d:DerivedData {id: 'colleagues'})
SET d.inSizes = inSizes, d.inPartly = inPartly, d.inEnds = inEnds, d.atSizes = atSizes, d.atPartly = atPartly, d.atEnds = atEnds
REMOVE d.inLevels, d.inAtLeast, d.atLevels, d.atAtLeast
RETURN size(inSizes) AS done
