// An authority is no longer a member of a network, as curated (checked and locked by
// lock-network): the membership goes (the model has no end date for it; the audit entry keeps
// what it was, as JSON), with the next version.
MATCH (:Authority {id: $authority})-[r:MEMBER_OF]->(n:Network {id: $id})
DELETE r
SET n.version = $version, n.curatedAt = datetime(),
    // From now on the app keeps the members of this network; a re-seed leaves them (docs/curation.md).
    n.curatedFields = CASE WHEN 'members' IN coalesce(n.curatedFields, []) THEN n.curatedFields ELSE coalesce(n.curatedFields, []) + 'members' END
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'REMOVE_NETWORK_MEMBER', actor: $actor, subject: null,
                     record: 'membership ' + $authority + ' ' + $id, before: $before, after: null})
RETURN n.version AS version
