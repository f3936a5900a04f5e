UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:PARTICIPATES_IN]->(n:Network)
WITH id, p, r, n ORDER BY n.name
RETURN id AS key, collect({role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), networkId: n.id,
  person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]}}) AS items
