// Imported topics by id. `imported` keeps the seed from pruning what an import brought; `+=`
// keeps properties the row does not name. Counts what was created and what changed, so that
// importing the same file twice reports (and does) nothing.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
WITH t, row, properties(t) AS before
SET t += row.props, t.imported = true
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(t) THEN 1 ELSE 0 END) AS changed
