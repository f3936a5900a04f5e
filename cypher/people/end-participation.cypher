// The person's participation in a network ends ($until). Idempotent: the same date again changes
// nothing and writes no audit entry. No row: there is no such participation.
MATCH (p:Person {id: $person})-[r:PARTICIPATES_IN]->(n:Network {id: $network})
WITH p, n, r, coalesce(r.until, '') <> $until AS changed
CALL (p, n, r, changed) {
  WITH p, n, r, changed WHERE changed
  SET r.until = $until, r.changedAt = datetime(), r.changedBy = $author
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'END_PARTICIPATION', actor: $actor, subject: $subject, record: 'participation ' + n.id})
}
RETURN changed, {role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), visibility: r.visibility,
        networkId: n.id, person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true}} AS participation
