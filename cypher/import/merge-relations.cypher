// Imported relationships between existing nodes: memberships and the other relations of an
// organisation to a network, participations, attendance, adoptions. Each end is found by its
// label and id (an index lookup; an organisation is an authority or an umbrella); row.type is
// checked by the importer.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Authority {id: row.from}) WHERE row.fromLabel = 'Organisation' RETURN a
  UNION
  MATCH (a:UmbrellaOrganisation {id: row.from}) WHERE row.fromLabel = 'Organisation' RETURN a
  UNION
  MATCH (a:Person {id: row.from}) WHERE row.fromLabel = 'Person' RETURN a
  UNION
  MATCH (a:Innovation {id: row.from}) WHERE row.fromLabel = 'Innovation' RETURN a
}
CALL (row) {
  MATCH (b:Network {id: row.to}) WHERE row.toLabel = 'Network' RETURN b
  UNION
  MATCH (b:Event {id: row.to}) WHERE row.toLabel = 'Event' RETURN b
  UNION
  MATCH (b:Authority {id: row.to}) WHERE row.toLabel = 'Authority' RETURN b
}
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.imported = true
WITH r, row, properties(r) AS before
SET r += row.props, r.imported = true
RETURN sum(CASE WHEN size(keys(before)) <= 1 THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN size(keys(before)) > 1 AND before <> properties(r) THEN 1 ELSE 0 END) AS changed
