// Persons working at each authority, one page per key: only those the viewer may see
// (server/src/privacy.ts); `hidden` counts the others.
UNWIND $keys AS k
MATCH (a:Authority {id: k.id})
CALL (a, k) {
  MATCH (a)<-[:WORKS_AT]-(p:Person)
  WITH p, (p.consent = true OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) AS visible
  ORDER BY p.id
  WITH collect(CASE WHEN visible THEN p {.*, authorityId: a.id} END) AS matched, count(p) AS everyone
  RETURN size(matched) AS total, everyone - size(matched) AS hidden, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, hidden, items
