// Imported innovations by id, each emerged in the network the row names.
UNWIND $rows AS row
MERGE (i:Innovation {id: row.id})
WITH i, row, properties(i) AS before
SET i += row.props, i.imported = true
WITH i, row, before
CALL (i, row) {
  OPTIONAL MATCH (i)-[old:EMERGED_IN]->(n:Network) WHERE n.id <> row.emergedIn
  DELETE old
}
CALL (i, row) {
  MATCH (n:Network {id: row.emergedIn})
  MERGE (i)-[r:EMERGED_IN]->(n)
  SET r.source = row.props.source, r.synthetic = row.props.synthetic, r.imported = true
}
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(i) THEN 1 ELSE 0 END) AS changed
