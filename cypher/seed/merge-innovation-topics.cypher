UNWIND $rows AS row
MATCH (i:Innovation {id: row.from}), (t:Topic {id: row.to})
MERGE (i)-[r:ABOUT]->(t)
SET r.source = row.source, r.synthetic = row.synthetic
