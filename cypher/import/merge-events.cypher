// Imported events by id, each organised by the network the row names.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
WITH e, row, properties(e) AS before
SET e += row.props, e.imported = true
WITH e, row, before
CALL (e, row) {
  OPTIONAL MATCH (e)-[old:ORGANISED_BY]->(n:Network) WHERE n.id <> row.network
  DELETE old
}
CALL (e, row) {
  MATCH (n:Network {id: row.network})
  MERGE (e)-[r:ORGANISED_BY]->(n)
  SET r.source = row.props.source, r.synthetic = row.props.synthetic, r.imported = true
}
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(e) THEN 1 ELSE 0 END) AS changed
