// An authority that also coordinates, hosts or funds networks carries both labels.
UNWIND $rows AS row
MERGE (a:Authority {id: row.props.id})
SET a = row.props
FOREACH (_ IN CASE WHEN row.umbrella THEN [1] ELSE [] END | SET a:UmbrellaOrganisation)
