UNWIND $rows AS row
MERGE (p:Person {id: row.props.id})
// What an import added to a node the seed also ships (an official key, a website) stays.
SET p = CASE WHEN p.imported = true THEN properties(p) ELSE {} END
SET p += row.props
WITH p, row
MATCH (a:Authority {id: row.authority})
MERGE (p)-[r:WORKS_AT]->(a)
SET r.synthetic = row.props.synthetic
