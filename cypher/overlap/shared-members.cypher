// The authorities or persons two networks share, one page per key. A key's id is
// "<network a>|<network b>|AUTHORITIES" or "…|PERSONS".
UNWIND $keys AS k
WITH k, split(k.id, '|') AS parts
MATCH (n:Network {id: parts[0]}), (m:Network {id: parts[1]})
CALL (n, m, k, parts) {
  WITH n, m, parts WHERE parts[2] = 'AUTHORITIES'
  MATCH (n)<-[:MEMBER_OF]-(x:Authority)-[:MEMBER_OF]->(m)
  RETURN x {.*, isAuthority: true, isUmbrella: x:UmbrellaOrganisation} AS item, x.id AS id
  UNION ALL
  WITH n, m, parts WHERE parts[2] = 'PERSONS'
  MATCH (n)<-[:PARTICIPATES_IN]-(x:Person)-[:PARTICIPATES_IN]->(m)
  RETURN x {.*, authorityId: [(x)-[:WORKS_AT]->(y:Authority) | y.id][0]} AS item, x.id AS id
}
WITH k, item, id ORDER BY id
WITH k, collect(item) AS matched
RETURN k.key AS key, size(matched) AS total, matched[k.offset..(k.offset + k.limit)] AS items
