UNWIND $rows AS row
MERGE (p:Person {id: row.props.id})
SET p = row.props
WITH p, row
MATCH (a:Authority {id: row.authority})
MERGE (p)-[r:WORKS_AT]->(a)
SET r.synthetic = row.props.synthetic
