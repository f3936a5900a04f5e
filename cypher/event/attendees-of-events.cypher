UNWIND $keys AS k
MATCH (e:Event {id: k.id})
CALL (e, k) {
  MATCH (e)<-[:ATTENDED]-(p:Person)
  WITH p ORDER BY p.id
  WITH collect(p {.*, authorityId: [(p)-[:WORKS_AT]->(a:Authority) | a.id][0]}) AS matched
  RETURN size(matched) AS total, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, items
