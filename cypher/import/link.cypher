// The links an imported row names: row.links are {type, to, label} (PART_OF to a parent, COVERS
// and ABOUT to topics). With row.replace, links of those types to other nodes are removed first,
// so that the row states the whole set ("Themen: a|b" means exactly a and b).
UNWIND $rows AS row
MATCH (from {id: row.from}) WHERE any(l IN labels(from) WHERE l = row.fromLabel)
CALL (from, row) {
  UNWIND row.replace AS type
  MATCH (from)-[old]->(other)
  WHERE type(old) = type AND NOT other.id IN [l IN row.links WHERE l.type = type | l.to]
    AND any(l IN labels(other) WHERE l IN [x IN row.links WHERE x.type = type | x.label] + row.replaceLabels)
  DELETE old
  RETURN count(*) AS removed
}
CALL (from, row) {
  UNWIND row.links AS link
  MATCH (to {id: link.to}) WHERE any(l IN labels(to) WHERE l = link.label)
  MERGE (from)-[r:$(link.type)]->(to)
  ON CREATE SET r.created = true
  SET r.source = row.source, r.synthetic = row.synthetic, r.imported = true
  WITH r, r.created IS NOT NULL AS isNew
  REMOVE r.created
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS added
}
RETURN 0 AS created, 0 AS changed, sum(added) + sum(removed) AS links
