// Persons taking part in each network, one page per key: only those the viewer may see
// (server/src/privacy.ts); `hidden` counts the others.
UNWIND $keys AS k
MATCH (n:Network {id: k.id})
CALL (n, k) {
  MATCH (n)<-[r:PARTICIPATES_IN]-(p:Person)
  WITH r, p, (p.consent = true OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) AS visible
  ORDER BY p.id
  WITH collect(CASE WHEN visible THEN {role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false), source: r.source, networkId: n.id,
                person: p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]}} END) AS matched, count(p) AS everyone
  RETURN size(matched) AS total, everyone - size(matched) AS hidden, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, hidden, items
