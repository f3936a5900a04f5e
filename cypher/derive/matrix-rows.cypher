// Derived data: each network's row of the overlap matrix, by authorities and by persons: the
// ranks of the networks after it (in id order) that it shares members with, and how many. The
// heat map of all networks reads these ~400 rows instead of ~80,000 OVERLAPS relationships.
MATCH (n:Network)
CALL (n) {
  OPTIONAL MATCH (n)-[r:OVERLAPS]->(m:Network)
  WITH m, r ORDER BY m.id
  RETURN collect(CASE WHEN r.authorities > 0 THEN m.statRank END) AS partnersA,
         collect(CASE WHEN r.authorities > 0 THEN r.authorities END) AS sharedA,
         collect(CASE WHEN r.persons > 0 THEN m.statRank END) AS partnersP,
         collect(CASE WHEN r.persons > 0 THEN r.persons END) AS sharedP
}
SET n.statPartnersA = partnersA, n.statSharedA = sharedA, n.statPartnersP = partnersP, n.statSharedP = sharedP
RETURN count(*) AS done
