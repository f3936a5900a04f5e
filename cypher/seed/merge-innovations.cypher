UNWIND $rows AS row
MERGE (i:Innovation {id: row.props.id})
SET i = row.props
WITH i, row
MATCH (n:Network {id: row.emergedIn})
MERGE (i)-[r:EMERGED_IN]->(n)
SET r.source = row.props.source, r.synthetic = row.props.synthetic
