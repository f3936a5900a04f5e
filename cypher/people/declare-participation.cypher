// "Ich nehme teil": the person's participation in a network, with role, since and visibility.
// Idempotent: declaring what is already stored changes nothing and writes no audit entry; a
// declaration of an ended participation takes it up again (until cleared). Each change of the
// visibility is kept on the participation with its time and author ($author: self or admin),
// the proof of consent that goes with the record (docs/privacy.md).
MATCH (p:Person {id: $person}), (n:Network {id: $network})
OPTIONAL MATCH (p)-[old:PARTICIPATES_IN]->(n)
WITH p, n, old,
     old IS NULL OR coalesce(old.role, '') <> $role OR coalesce(old.since, '') <> $since OR old.until IS NOT NULL
       OR coalesce(old.visibility, 'PRIVATE') <> $visibility AS changed,
     old IS NULL OR coalesce(old.visibility, 'PRIVATE') <> $visibility AS consentChanged
MERGE (p)-[r:PARTICIPATES_IN]->(n)
ON CREATE SET r.declaredAt = datetime(), r.synthetic = false
WITH p, n, r, changed, consentChanged
CALL (p, n, r, changed, consentChanged) {
  WITH p, n, r, changed, consentChanged WHERE changed
  SET r.role = $role, r.since = $since, r.until = null, r.visibility = $visibility,
      r.changedAt = datetime(), r.changedBy = $author,
      r.consentLog = coalesce(r.consentLog, []) + CASE WHEN consentChanged THEN [toString(datetime()) + ' ' + $visibility + ' ' + $author] ELSE [] END
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'DECLARE_PARTICIPATION', actor: $actor, subject: $subject, record: 'participation ' + n.id})
}
RETURN changed, {role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), visibility: r.visibility,
        networkId: n.id, person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true}} AS participation
