// Derived data, last step: a new version of the data, so that answers kept for the previous
// one (server/src/answerCache.ts) are no longer served, and the version of each part of the
// derived data as $versions ["base:1", "topicRedundancy:1", …] (server/src/derived/derive.ts).
MERGE (d:DerivedData {id: 'version'})
SET d.version = randomUUID(), d.derivedAt = datetime(), d.versions = $versions
RETURN d.version AS version
