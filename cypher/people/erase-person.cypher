// Erasure (Art. 17 GDPR): the person node and every relationship it has, its name on the
// adoptions it reported (the adoption stays, as the authority's), and the sign-in sessions of its
// account or email. The audit entry names the person by pseudonym only. Nothing else in the
// database holds the person's id or name: derived data holds counts (rebuilt after this).
MATCH (p:Person {id: $person})
CALL (p) {
  MATCH ()-[r:ADOPTED_BY]->() WHERE r.reportedBy = p.id
  SET r.reportedBy = null
}
CALL (p) {
  MATCH (s:Session) WHERE (s.issuer + '|' + s.subject) = p.account OR (p.email IS NOT NULL AND s.email = p.email)
  DETACH DELETE s
}
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'ERASE_PERSON', actor: $actor, subject: $subject, record: 'person'})
DETACH DELETE p
RETURN true AS erased
