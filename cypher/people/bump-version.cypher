// A change to person data or consent: a new data version at once, so that no answer kept for the
// previous one (server/src/answerCache.ts) is served again; the derived counts follow
// (server/src/people/changes.ts), and their own stamp bumps the version once more.
MERGE (d:DerivedData {id: 'version'})
SET d.version = randomUUID(), d.changedAt = datetime()
RETURN d.version AS version
