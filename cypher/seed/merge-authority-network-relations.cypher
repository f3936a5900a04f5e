// row.type is one of COORDINATES, HOSTS, FUNDS, PROVIDES_CONTENT, MEMBER_OF (checked by the loader).
UNWIND $rows AS row
MATCH (a:Authority {id: row.from}), (n:Network {id: row.to})
MERGE (a)-[r:$(row.type)]->(n)
SET r += row.props
