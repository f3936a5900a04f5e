// Derived data: each network's row of the overlap matrix, by authorities and by persons: the
// ranks of the networks after it (in id order) that it shares members with, and how many. The
// heat map of all networks reads these ~400 rows instead of ~80,000 OVERLAPS relationships.
// Rows are nodes of their own (:MatrixRow {network}), not properties of the network: every
// answer that projects a network ({.*}) would otherwise carry its ~1,600 numbers along.
CALL () {
  MATCH (old:MatrixRow)
  DELETE old
}
MATCH (n:Network)
CALL (n) {
  OPTIONAL MATCH (n)-[r:OVERLAPS]->(m:Network)
  WITH m, r ORDER BY m.id
  RETURN collect(CASE WHEN r.authorities > 0 THEN m.statRank END) AS partnersA,
         collect(CASE WHEN r.authorities > 0 THEN r.authorities END) AS sharedA,
         collect(CASE WHEN r.persons > 0 THEN m.statRank END) AS partnersP,
         collect(CASE WHEN r.persons > 0 THEN r.persons END) AS sharedP
}
// Rows an earlier version kept on the network itself.
REMOVE n.statPartnersA, n.statSharedA, n.statPartnersP, n.statSharedP
CREATE (:MatrixRow {network: n.id, partnersA: partnersA, sharedA: sharedA, partnersP: partnersP, sharedP: sharedP})
RETURN count(*) AS done
