UNWIND $ids AS id
MATCH (:Innovation {id: id})-[r:ADOPTED_BY]->(a:Authority)
WITH id, r, a ORDER BY a.name
RETURN id AS key, collect({note: r.note, source: r.source, synthetic: coalesce(r.synthetic, false),
  authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation}}) AS items
