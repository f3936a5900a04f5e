UNWIND $rows AS row
MATCH (p:Person {id: row.from}), (e:Event {id: row.to})
MERGE (p)-[r:ATTENDED]->(e)
SET r += row.props
