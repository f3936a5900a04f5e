UNWIND $rows AS row
MATCH (child:Network {id: row.from}), (parent:Network {id: row.to})
MERGE (child)-[r:PART_OF]->(parent)
SET r.source = row.source, r.synthetic = row.synthetic
