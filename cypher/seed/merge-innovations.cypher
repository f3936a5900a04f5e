UNWIND $rows AS row
MERGE (i:Innovation {id: row.props.id})
// What an import added to a node the seed also ships (an official key, a website) stays.
SET i = CASE WHEN i.imported = true THEN properties(i) ELSE {} END
SET i += row.props
WITH i, row
MATCH (n:Network {id: row.emergedIn})
MERGE (i)-[r:EMERGED_IN]->(n)
SET r.source = row.props.source, r.synthetic = row.props.synthetic
