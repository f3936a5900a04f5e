UNWIND $rows AS row
MERGE (u:UmbrellaOrganisation {id: row.id})
// What an import added to a node the seed also ships (an official key, a website) stays.
SET u = CASE WHEN u.imported = true THEN properties(u) ELSE {} END
SET u += row
