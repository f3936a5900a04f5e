UNWIND $ids AS id
MATCH (:Innovation {id: id})-[:ABOUT]->(t:Topic)
WITH id, t ORDER BY t.name
RETURN id AS key, collect(t {.*, parentId: [(t)-[:PART_OF]->(p:Topic) | p.id][0]}) AS items
