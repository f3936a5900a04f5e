UNWIND $rows AS row
MATCH (n:Network {id: row.from}), (t:Topic {id: row.to})
// Topics edited in the app belong to the app from then on (docs/curation.md).
WHERE NOT 'topics' IN coalesce(n.curatedFields, [])
MERGE (n)-[r:COVERS]->(t)
SET r.source = row.source, r.synthetic = row.synthetic
