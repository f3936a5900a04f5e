UNWIND $ids AS id
MATCH (:Authority {id: id})<-[:PART_OF]-(c:Authority)
WITH id, c ORDER BY c.name, c.id
RETURN id AS key, collect(c {.*, isAuthority: true, isUmbrella: c:UmbrellaOrganisation, parentId: id}) AS items
