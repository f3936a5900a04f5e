// A decision on the review list in the audit log: who (the actor's pseudonym, or the CLI's user),
// what kind, when, which item.
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: $kind, actor: $actor, subject: null, record: $record})
