UNWIND $ids AS id
MATCH (:Network {id: id})<-[:PART_OF]-(c:Network)
WITH id, c ORDER BY c.name, c.id
RETURN id AS key, collect(c {.*, parentId: id}) AS items
