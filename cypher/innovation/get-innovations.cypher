UNWIND $ids AS id
MATCH (i:Innovation {id: id})
RETURN i {.*, emergedInId: [(i)-[:EMERGED_IN]->(n:Network) | n.id][0]} AS node
