// Derived data, last step: a new version of the data, so that answers kept for the previous
// one (server/src/answerCache.ts) are no longer served.
MERGE (d:DerivedData {id: 'version'})
SET d.version = randomUUID(), d.derivedAt = datetime()
RETURN d.version AS version
