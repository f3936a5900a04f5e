// Imported persons by id, each working at exactly the authority the row names.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
WITH p, row, properties(p) AS before
SET p += row.props, p.imported = true
WITH p, row, before
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:WORKS_AT]->(a:Authority) WHERE a.id <> row.authority
  DELETE old
}
CALL (p, row) {
  MATCH (a:Authority {id: row.authority})
  MERGE (p)-[r:WORKS_AT]->(a)
  SET r.source = row.props.source, r.synthetic = row.props.synthetic, r.imported = true
}
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(p) THEN 1 ELSE 0 END) AS changed
