// Imported relationships (UmbrellaOrganisation → Network), both ends found by label and id; counts as the node
// statements do (see merge-topics.cypher).
// row.type is one of MEMBER_OF, COORDINATES, HOSTS, FUNDS, PROVIDES_CONTENT (checked by the importer).
UNWIND $rows AS row
MATCH (a:UmbrellaOrganisation {id: row.from}), (b:Network {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.imported = true
WITH r, row, properties(r) AS before
SET r += row.props, r.imported = true
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(r) THEN 1 ELSE 0 END) AS changed
