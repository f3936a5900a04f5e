UNWIND $rows AS row
MATCH (n:Network {id: row.from}), (t:Topic {id: row.to})
MERGE (n)-[r:COVERS]->(t)
SET r.source = row.source, r.synthetic = row.synthetic
