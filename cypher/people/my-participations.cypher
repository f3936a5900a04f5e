// The viewer's own participations, each with its visibility, ended ones included.
MATCH (p:Person {id: $person})-[r:PARTICIPATES_IN]->(n:Network)
WITH p, r, n ORDER BY n.name, n.id
RETURN {role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), visibility: coalesce(r.visibility, 'PRIVATE'),
        networkId: n.id, person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true}} AS participation
