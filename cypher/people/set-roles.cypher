// An administrator makes a person the innovation office of their authority, or takes it back.
// Idempotent; audited without content.
MATCH (p:Person {id: $person})
WITH p, 'INNOVATION_OFFICE' IN coalesce(p.roles, []) AS before
WITH p, before <> $office AS changed
CALL (p, changed) {
  WITH p, changed WHERE changed
  SET p.roles = CASE WHEN $office THEN coalesce(p.roles, []) + ['INNOVATION_OFFICE']
                     ELSE [x IN coalesce(p.roles, []) WHERE x <> 'INNOVATION_OFFICE'] END
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'SET_ROLES', actor: $actor, subject: $subject, record: 'person'})
}
RETURN changed, 'INNOVATION_OFFICE' IN coalesce(p.roles, []) AS office
