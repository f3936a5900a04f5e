// The participations of persons that the viewer may see, each by its own visibility (server/src/privacy.ts).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:PARTICIPATES_IN]->(n:Network)
WHERE (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND n.id IN $viewerScopes))
WITH id, p, r, n ORDER BY n.name
RETURN id AS key, collect({role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), visibility: coalesce(r.visibility, 'PRIVATE'), source: r.source, networkId: n.id,
  person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0], visible: true}}) AS items
