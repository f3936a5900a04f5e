// The person corrects their own name or job title (null: keep). Idempotent: the same values again
// change nothing and write no audit entry; the entry never holds the values.
MATCH (p:Person {id: $person})
WITH p, ($name IS NOT NULL AND coalesce(p.name, '') <> $name) OR ($jobTitle IS NOT NULL AND coalesce(p.jobTitle, '') <> $jobTitle) AS changed
CALL (p, changed) {
  WITH p, changed WHERE changed
  SET p.name = coalesce($name, p.name), p.jobTitle = coalesce($jobTitle, p.jobTitle), p.changedAt = datetime()
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'CORRECT_PERSON', actor: $actor, subject: $subject, record: 'person'})
}
RETURN changed, p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true} AS person
