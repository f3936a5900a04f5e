UNWIND $ids AS id
MATCH (a:Authority {id: id})
RETURN a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation, parentId: [(a)-[:PART_OF]->(p:Authority) | p.id][0]} AS node
