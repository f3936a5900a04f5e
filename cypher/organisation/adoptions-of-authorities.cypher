UNWIND $ids AS id
MATCH (:Authority {id: id})<-[:ADOPTED_BY]-(i:Innovation)
WITH id, i ORDER BY i.title, i.id
RETURN id AS key, collect(i {.*, emergedInId: [(i)-[:EMERGED_IN]->(n:Network) | n.id][0]}) AS items
