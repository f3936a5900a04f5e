UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:PART_OF]-(c:Topic)
WITH id, c ORDER BY c.name
RETURN id AS key, collect(c {.*, parentId: id}) AS items
