UNWIND $rows AS row
MATCH (child:Authority {id: row.from}), (parent:Authority {id: row.to})
MERGE (child)-[r:PART_OF]->(parent)
SET r.source = row.source, r.synthetic = row.synthetic
