// The topics a network covers, as curated (checked and locked by lock-network): topics no longer
// named go, new ones come with the editors' source (not Beispieldaten), the ones kept keep theirs;
// the next version and the audit entry with the topic ids before and after (JSON).
MATCH (n:Network {id: $id})
CALL (n) {
  MATCH (n)-[old:COVERS]->(t:Topic) WHERE NOT t.id IN $topics
  DELETE old
}
CALL (n) {
  UNWIND $topics AS tid
  MATCH (t:Topic {id: tid})
  MERGE (n)-[r:COVERS]->(t)
    ON CREATE SET r.source = [$stamp], r.synthetic = false, r.curatedAt = datetime()
}
SET n.version = $version, n.curatedAt = datetime(),
    // From now on the app keeps the topics of this network; a re-seed leaves them (docs/curation.md).
    n.curatedFields = CASE WHEN 'topics' IN coalesce(n.curatedFields, []) THEN n.curatedFields ELSE coalesce(n.curatedFields, []) + 'topics' END
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'SET_NETWORK_TOPICS', actor: $actor, subject: null,
                     record: 'network ' + $id, before: $before, after: $after})
RETURN n.version AS version
