UNWIND $rows AS row
MATCH (p:Person {id: row.from}), (n:Network {id: row.to})
MERGE (p)-[r:PARTICIPATES_IN]->(n)
SET r += row.props
