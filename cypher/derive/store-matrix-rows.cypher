// Derived data, write half: replaces every network's overlap-matrix row (:MatrixRow {network})
// with $rows [{network, pairsA, pairsP}], each pairs text "rank:shared,…" (see
// matrix-projection.cypher). Rows are nodes of their own, not properties of the network: every
// answer that projects a network ({.*}) would otherwise carry them along.
CALL () {
  MATCH (old:MatrixRow)
  DELETE old
}
// Rows an earlier version kept on the network itself.
CALL () {
  MATCH (n:Network)
  REMOVE n.statPartnersA, n.statSharedA, n.statPartnersP, n.statSharedP
}
UNWIND $rows AS row
CREATE (:MatrixRow {network: row.network, pairsA: row.pairsA, pairsP: row.pairsP})
RETURN count(*) AS done
