// Every relation of an organisation to networks: coordinates, hosts, funds, provides content, member of.
UNWIND $ids AS id
MATCH (o {id: id})
WHERE o:Authority OR o:UmbrellaOrganisation
CALL (o) {
  MATCH (o)-[r:COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT|MEMBER_OF]->(n:Network)
  WITH r, n ORDER BY n.name, type(r)
  RETURN collect({type: type(r), since: r.since, note: r.note, source: r.source, synthetic: coalesce(r.synthetic, false),
                  network: n {.*, parentId: [(n)-[:PART_OF]->(p:Network) | p.id][0]}}) AS items
}
RETURN id AS key, items
