UNWIND $keys AS k
MATCH (e:Event {id: k.id})
CALL (e, k) {
  MATCH (e)<-[:ATTENDED]-(p:Person)
  WITH p ORDER BY p.id
  WITH collect(p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]}) AS all
  RETURN size(all) AS total, all[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, items
