UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:COVERS]-(n:Network)
WITH id, n ORDER BY n.name, n.id
RETURN id AS key, collect(n {.*, parentId: [(n)-[:PART_OF]->(p:Network) | p.id][0]}) AS items
