UNWIND $ids AS id
MATCH (:Network {id: id})<-[:ORGANISED_BY]-(e:Event)
WITH id, e ORDER BY e.date DESC, e.id
RETURN id AS key, collect(e {.*, networkId: id}) AS items
