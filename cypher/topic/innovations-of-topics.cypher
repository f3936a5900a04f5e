UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:ABOUT]-(i:Innovation)
WITH id, i ORDER BY i.title, i.id
RETURN id AS key, collect(i {.*, emergedInId: [(i)-[:EMERGED_IN]->(n:Network) | n.id][0]}) AS items
