UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
// What an import added to a node the seed also ships (an official key, a website) stays.
SET t = CASE WHEN t.imported = true THEN properties(t) ELSE {} END
SET t += row
