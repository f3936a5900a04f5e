// The participations of persons the viewer may see (a hidden person has none to show).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:PARTICIPATES_IN]->(n:Network)
WHERE (p.consent = true OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) })
WITH id, p, r, n ORDER BY n.name
RETURN id AS key, collect({role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), source: r.source, networkId: n.id,
  person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]}}) AS items
