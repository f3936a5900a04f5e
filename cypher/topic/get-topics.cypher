UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN t {.*, parentId: [(t)-[:PART_OF]->(p:Topic) | p.id][0]} AS node
