UNWIND $ids AS id
MATCH (u:UmbrellaOrganisation {id: id})
RETURN u {.*, isAuthority: u:Authority, isUmbrella: true, parentId: [(u)-[:PART_OF]->(p:Authority) | p.id][0]} AS node
