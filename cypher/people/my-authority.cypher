// "Meine Behörde": an authority's staff in networks and at events, for one of its staff. Per
// network the staff taking part now, per event the staff who attended where there were several:
// how many (total), and those whose participation admits the viewer (server/src/privacy.ts), only
// where names are shown at all ($names: not for the innovation office, which sees counts). Also
// the networks on the authority's topics where none of its staff takes part and it is no member,
// by shared topics, and the innovations it adopted.
MATCH (a:Authority {id: $authority})
CALL (a) {
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(p:Person)-[r:PARTICIPATES_IN]->(n:Network)
  WHERE r.until IS NULL OR r.until >= $today
  WITH n, p, r, $names AND (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND n.id IN $viewerScopes)) AS visible
  ORDER BY p.id
  WITH n, count(p) AS total, coalesce($viewer IN collect(p.id), false) AS includesMe,
       collect(CASE WHEN visible THEN {role: r.role, since: r.since, until: r.until, synthetic: coalesce(r.synthetic, false),
               visibility: r.visibility, networkId: n.id, person: p {.*, authorityId: $authority, visible: true}} END) AS shown
  WHERE n IS NOT NULL
  WITH n, total, includesMe, shown ORDER BY total DESC, n.name, n.id
  RETURN collect({network: n {.*, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0]}, total: total, includesMe: includesMe, shown: shown}) AS networks
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:WORKS_AT]-(p:Person)-[r:ATTENDED]->(e:Event)
  WITH e, p, r, $names AND (p.id = $viewer OR r.visibility = 'PUBLIC' OR (r.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) }) OR (r.visibility = 'NETWORK' AND e.id IN $viewerScopes)) AS visible
  ORDER BY p.id
  WITH e, count(p) AS total, coalesce($viewer IN collect(p.id), false) AS includesMe,
       collect(CASE WHEN visible THEN p {.*, authorityId: $authority, visible: true} END) AS shown
  WHERE e IS NOT NULL AND total >= 2
  WITH e, total, includesMe, shown ORDER BY e.date DESC, e.id
  RETURN collect({event: e {.*, networkId: [(e)-[:ORGANISED_BY]->(x:Network) | x.id][0]}, total: total, includesMe: includesMe, shown: shown}) AS events
}
CALL (a) {
  OPTIONAL MATCH (t:Topic)<-[:COVERS]-(m:Network)
  WHERE EXISTS { (a)<-[:WORKS_AT]-(:Person)-[:PARTICIPATES_IN]->(m) } OR EXISTS { (a)-[:MEMBER_OF]->(m) }
  WITH collect(DISTINCT t) AS topics
  UNWIND topics AS t
  MATCH (t)<-[:COVERS]-(n:Network)
  WHERE NOT EXISTS { (a)<-[:WORKS_AT]-(:Person)-[:PARTICIPATES_IN]->(n) } AND NOT EXISTS { (a)-[:MEMBER_OF]->(n) }
  WITH n, count(DISTINCT t) AS shared ORDER BY shared DESC, n.id LIMIT $absentLimit
  RETURN collect({network: n {.*, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0]}, sharedTopics: shared}) AS absent
}
CALL (a) {
  OPTIONAL MATCH (i:Innovation)-[r:ADOPTED_BY]->(a)
  WITH i, r WHERE i IS NOT NULL ORDER BY i.title, i.id
  RETURN collect({innovation: i {.*, emergedInId: [(i)-[:EMERGED_IN]->(x:Network) | x.id][0]},
                  adoption: {note: r.note, source: r.source, synthetic: coalesce(r.synthetic, false), reportedBy: r.reportedBy,
                             reportedAt: r.reportedAt, authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation}}}) AS adoptions
}
RETURN a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation} AS authority, networks, events, absent, adoptions
