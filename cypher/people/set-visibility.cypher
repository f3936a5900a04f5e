// Who may see one participation ($kind PARTICIPATES_IN, in network $target) or attendance
// ($kind ATTENDED, at event $target) of the person. The person sets it to anything; an
// administrator acting on request ($onlyNarrow) may only narrow it: a wider value is refused
// (`refused`) and nothing changes. Idempotent: the same value again changes nothing. Each
// change is kept with time and author on the record and audited without content.
MATCH (p:Person {id: $person})-[r:PARTICIPATES_IN|ATTENDED]->(s {id: $target})
WHERE type(r) = $kind
WITH p, r, s, coalesce(r.visibility, 'PRIVATE') AS before, ['PRIVATE', 'AUTHORITY', 'NETWORK', 'PUBLIC'] AS levels
WITH p, r, s, before,
     [i IN range(0, 3) WHERE levels[i] = $visibility][0] > [i IN range(0, 3) WHERE levels[i] = before][0] AS wider
WITH p, r, s, before, $onlyNarrow AND wider AS refused, before <> $visibility AND NOT ($onlyNarrow AND wider) AS changed
CALL (p, r, s, changed) {
  WITH p, r, s, changed WHERE changed
  SET r.visibility = $visibility, r.changedAt = datetime(), r.changedBy = $author,
      r.consentLog = coalesce(r.consentLog, []) + [toString(datetime()) + ' ' + $visibility + ' ' + $author]
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'SET_VISIBILITY', actor: $actor, subject: $subject, record: toLower(type(r)) + ' ' + s.id})
}
RETURN changed, refused, r.visibility AS visibility
