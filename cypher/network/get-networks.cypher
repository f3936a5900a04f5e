UNWIND $ids AS id
MATCH (n:Network {id: id})
RETURN n {.*, parentId: [(n)-[:PART_OF]->(p:Network) | p.id][0]} AS node
