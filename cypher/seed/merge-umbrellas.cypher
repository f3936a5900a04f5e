UNWIND $rows AS row
MERGE (u:UmbrellaOrganisation {id: row.id})
SET u = row
