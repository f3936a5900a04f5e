// row.type is one of COORDINATES, HOSTS, FUNDS, PROVIDES_CONTENT, MEMBER_OF (checked by the loader).
// Members edited in the app belong to the app from then on (docs/curation.md).
UNWIND $rows AS row
MATCH (a:Authority {id: row.from}), (n:Network {id: row.to})
WHERE NOT (row.type = 'MEMBER_OF' AND 'members' IN coalesce(n.curatedFields, []))
MERGE (a)-[r:$(row.type)]->(n)
SET r += row.props
