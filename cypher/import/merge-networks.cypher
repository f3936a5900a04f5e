// Imported networks by id (see merge-topics.cypher for `imported` and the counts).
UNWIND $rows AS row
MERGE (n:Network {id: row.id})
WITH n, row, properties(n) AS before
SET n += row.props, n.imported = true
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(n) THEN 1 ELSE 0 END) AS changed
