// An authority that also coordinates, hosts or funds networks carries both labels.
UNWIND $rows AS row
MERGE (a:Authority {id: row.props.id})
// What an import added to a node the seed also ships (an official key, a website) stays.
SET a = CASE WHEN a.imported = true THEN properties(a) ELSE {} END
SET a += row.props
FOREACH (_ IN CASE WHEN row.umbrella THEN [1] ELSE [] END | SET a:UmbrellaOrganisation)
