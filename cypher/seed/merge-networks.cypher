UNWIND $rows AS row
MERGE (n:Network {id: row.id})
// What an import added to a node the seed also ships (an official key, a website) stays.
SET n = CASE WHEN n.imported = true THEN properties(n) ELSE {} END
SET n += row
