// Derived data, step 1 for large (non-atomic) loads: the same as clear-overlaps.cypher, in
// transactions of 10,000 relationships, so that clearing germany-x5's ~1.8 million derived
// relationships stays within Neo4j's transaction memory. Runs as an auto-commit statement.
MATCH ()-[r:OVERLAPS|COLLEAGUES_IN|COLLEAGUES_AT]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
