UNWIND $ids AS id
MATCH (:Network {id: id})<-[:EMERGED_IN]-(i:Innovation)
WITH id, i ORDER BY i.title, i.id
RETURN id AS key, collect(i {.*, emergedInId: id}) AS items
