// Imported relationships between existing nodes: memberships and other organisation-network
// relations, participations, attendance, adoptions. row.type is checked by the importer.
UNWIND $rows AS row
MATCH (a {id: row.from}) WHERE any(l IN labels(a) WHERE l = row.fromLabel)
MATCH (b {id: row.to}) WHERE any(l IN labels(b) WHERE l = row.toLabel)
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.imported = true
WITH r, row, properties(r) AS before
SET r += row.props, r.imported = true
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(r) THEN 1 ELSE 0 END) AS changed
