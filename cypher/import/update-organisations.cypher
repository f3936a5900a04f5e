// Imported rows for organisations the graph holds (matched by id, official key or name): their
// properties updated, a role added where the row names one (an import never takes a role away).
UNWIND $rows AS row
CALL (row) { MATCH (o:Authority {id: row.id}) RETURN o UNION MATCH (o:UmbrellaOrganisation {id: row.id}) RETURN o }
WITH o, row, properties(o) AS before, labels(o) AS labelsBefore
SET o += row.props, o.imported = true
FOREACH (_ IN CASE WHEN row.authority THEN [1] ELSE [] END | SET o:Authority)
FOREACH (_ IN CASE WHEN row.umbrella THEN [1] ELSE [] END | SET o:UmbrellaOrganisation)
RETURN 0 AS created,
       sum(CASE WHEN before <> properties(o) OR size(labelsBefore) <> size(labels(o)) THEN 1 ELSE 0 END) AS changed
