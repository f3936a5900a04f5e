// row.type is one of COORDINATES, HOSTS, FUNDS, PROVIDES_CONTENT (checked by the loader).
UNWIND $rows AS row
MATCH (u:UmbrellaOrganisation {id: row.from}), (n:Network {id: row.to})
MERGE (u)-[r:$(row.type)]->(n)
SET r += row.props
