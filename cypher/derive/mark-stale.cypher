// Derived data, before a rebuild outside the transaction that changed the graph (a large import):
// no part counts as current any more, so that a rebuild cut short is finished at the next start
// (server/src/start.ts asks staleDerivations). stamp-version.cypher sets the parts again.
MERGE (d:DerivedData {id: 'version'})
SET d.versions = []
RETURN count(d) AS marked
