// Derived data, step 1: drop what the previous derivation wrote (it is rebuilt in full).
CALL () {
  MATCH (:Network)-[r:OVERLAPS]->(:Network)
  DELETE r
}
CALL () {
  MATCH (:Authority)-[r:COLLEAGUES_IN|COLLEAGUES_AT]->()
  DELETE r
}
RETURN 1 AS done
