// As merge-participations: the visibility only where none is stored yet.
UNWIND $rows AS row
MATCH (p:Person {id: row.from}), (e:Event {id: row.to})
MERGE (p)-[r:ATTENDED]->(e)
SET r += row.props, r.visibility = coalesce(r.visibility, row.visibility, 'PRIVATE')
