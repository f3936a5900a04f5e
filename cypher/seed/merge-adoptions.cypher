UNWIND $rows AS row
MATCH (i:Innovation {id: row.from}), (a:Authority {id: row.to})
MERGE (i)-[r:ADOPTED_BY]->(a)
SET r += row.props
