UNWIND $rows AS row
MERGE (e:Event {id: row.props.id})
SET e = row.props
WITH e, row
MATCH (n:Network {id: row.network})
MERGE (e)-[r:ORGANISED_BY]->(n)
SET r.source = row.props.source, r.synthetic = row.props.synthetic
