// Persons of the seed, as the seed has them; what sign-in and the self-service stored on them
// (their account, their roles) is kept. Properties the seed no longer writes go (e.g. the
// person-level `consent` of earlier versions: consent is per participation now).
UNWIND $rows AS row
MERGE (p:Person {id: row.props.id})
// What an import added to a node the seed also ships (an official key) stays, and so do the
// sign-in account and roles a person gained in the app.
WITH p, row, p.account AS account, p.roles AS roles
SET p = CASE WHEN p.imported = true THEN properties(p) ELSE {} END
SET p += row.props, p.account = account, p.roles = roles
WITH p, row
MATCH (a:Authority {id: row.authority})
MERGE (p)-[r:WORKS_AT]->(a)
SET r.synthetic = row.props.synthetic
