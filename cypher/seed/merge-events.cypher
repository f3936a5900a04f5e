UNWIND $rows AS row
MERGE (e:Event {id: row.props.id})
// What an import added to a node the seed also ships (an official key, a website) stays.
SET e = CASE WHEN e.imported = true THEN properties(e) ELSE {} END
SET e += row.props
WITH e, row
MATCH (n:Network {id: row.network})
MERGE (e)-[r:ORGANISED_BY]->(n)
SET r.source = row.props.source, r.synthetic = row.props.synthetic
