// Who adopted each innovation; an adoption reported through the app says by whom (a person id,
// shown only where the viewer may see that person) and when.
UNWIND $ids AS id
MATCH (:Innovation {id: id})-[r:ADOPTED_BY]->(a:Authority)
WITH id, r, a ORDER BY a.name
RETURN id AS key, collect({note: r.note, source: r.source, synthetic: coalesce(r.synthetic, false),
  reportedBy: r.reportedBy, reportedAt: r.reportedAt,
  authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation}}) AS items
