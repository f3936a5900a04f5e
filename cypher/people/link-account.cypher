// A person found by their verified email gets the identity's account ("issuer|subject") stored,
// so that later sign-ins find them by it; audited without content (server/src/people/audit.ts).
MATCH (p:Person {id: $person})
WHERE p.account IS NULL OR p.account <> $account
SET p.account = $account
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'LINK_ACCOUNT', actor: $actor, subject: $subject, record: 'person'})
RETURN p.id AS id
