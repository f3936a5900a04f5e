// Derived data, read half: each network's row of the overlap matrix, by authorities and by
// persons: the ranks of the networks after it (in id order) that it shares members with, and
// how many. server/src/derived/steps.ts encodes them as text (matrixRows.ts there) and writes
// them with store-matrix-rows.cypher: the heat map of all networks reads ~400 such rows instead
// of ~80,000 OVERLAPS relationships.
MATCH (n:Network)
CALL (n) {
  OPTIONAL MATCH (n)-[r:OVERLAPS]->(m:Network)
  WITH m, r ORDER BY m.id
  RETURN collect(CASE WHEN r.authorities > 0 THEN m.statRank END) AS partnersA,
         collect(CASE WHEN r.authorities > 0 THEN r.authorities END) AS sharedA,
         collect(CASE WHEN r.persons > 0 THEN m.statRank END) AS partnersP,
         collect(CASE WHEN r.persons > 0 THEN r.persons END) AS sharedP
}
RETURN n.id AS network, partnersA, sharedA, partnersP, sharedP
