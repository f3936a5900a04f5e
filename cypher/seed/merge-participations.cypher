// A participation's visibility is the person's consent (server/src/privacy.ts): the seed sets it
// only where none is stored, so that a person's own choice survives the next start.
UNWIND $rows AS row
MATCH (p:Person {id: row.from}), (n:Network {id: row.to})
MERGE (p)-[r:PARTICIPATES_IN]->(n)
SET r += row.props, r.visibility = coalesce(r.visibility, row.visibility, 'PRIVATE')
