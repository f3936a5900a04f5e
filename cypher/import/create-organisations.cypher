// Imported organisations the graph does not hold yet (the importer matched every row first), with
// the labels of their roles: an authority that coordinates networks carries both.
UNWIND $rows AS row
CREATE (o {id: row.id})
SET o += row.props, o.imported = true
FOREACH (_ IN CASE WHEN row.authority THEN [1] ELSE [] END | SET o:Authority)
FOREACH (_ IN CASE WHEN row.umbrella THEN [1] ELSE [] END | SET o:UmbrellaOrganisation)
RETURN count(o) AS created, 0 AS changed
