// Umbrella organisations and authorities that coordinate, host, fund or provide content.
UNWIND $ids AS id
MATCH (:Network {id: id})<-[r:COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT]-(o)
WHERE o:UmbrellaOrganisation OR o:Authority
WITH id, r, o ORDER BY type(r), o.name
RETURN id AS key, collect({
  type: type(r), since: r.since, note: r.note, source: r.source, synthetic: coalesce(r.synthetic, false),
  organisation: o {.*, isAuthority: o:Authority, isUmbrella: o:UmbrellaOrganisation}
}) AS items
