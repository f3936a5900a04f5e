// A signed-in user without a person record links themselves to an authority whose configured
// `emailDomains` hold the domain of the email their provider verified: a person record is made
// for them (name and email from the sign-in, the account stored), working there. Nothing is made
// when the domain does not match ($domain) or the email already has a person.
MATCH (a:Authority {id: $authority})
WHERE $domain IN coalesce(a.emailDomains, [])
  AND NOT EXISTS { (x:Person {email: $email}) } AND NOT EXISTS { (y:Person {account: $account}) }
CREATE (p:Person {id: $person})
SET p.name = $name, p.email = $email, p.account = $account, p.synthetic = false, p.createdAt = datetime()
CREATE (p)-[:WORKS_AT {since: $today}]->(a)
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'JOIN_AUTHORITY', actor: $actor, subject: $subject, record: 'person'})
RETURN p.id AS id
