UNWIND $keys AS k
MATCH (a:Authority {id: k.id})
CALL (a, k) {
  MATCH (a)<-[:WORKS_AT]-(p:Person)
  WITH p ORDER BY p.id
  WITH collect(p {.*, authorityId: a.id}) AS matched
  RETURN size(matched) AS total, matched[k.offset..(k.offset + k.limit)] AS items
}
RETURN k.key AS key, total, items
