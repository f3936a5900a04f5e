UNWIND $rows AS row
MATCH (child:Topic {id: row.from}), (parent:Topic {id: row.to})
MERGE (child)-[r:PART_OF]->(parent)
SET r.source = row.source
