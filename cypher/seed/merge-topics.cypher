UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t = row
