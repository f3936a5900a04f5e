// An authority is a member of a network, as curated (checked and locked by lock-network): the
// membership carries the source the editor named (else the editors' stamp) and is a fact, not
// Beispieldaten, also where it confirms an invented one; the next version and the audit entry
// with the membership before and after (JSON).
MATCH (n:Network {id: $id}), (a:Authority {id: $authority})
MERGE (a)-[r:MEMBER_OF]->(n)
SET r.since = $since, r.source = $source, r.synthetic = false, r.curatedAt = datetime()
SET n.version = $version, n.curatedAt = datetime(),
    // From now on the app keeps the members of this network; a re-seed leaves them (docs/curation.md).
    n.curatedFields = CASE WHEN 'members' IN coalesce(n.curatedFields, []) THEN n.curatedFields ELSE coalesce(n.curatedFields, []) + 'members' END
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'ADD_NETWORK_MEMBER', actor: $actor, subject: null,
                     record: 'membership ' + $authority + ' ' + $id, before: $before, after: $after})
RETURN n.version AS version
