// The links an imported row names: row.links are {type, to, label} (PART_OF to a parent, COVERS
// and ABOUT to topics). With row.replace, links of those types to other nodes are removed first,
// so that the row states the whole set ("Themen: a|b" means exactly a and b). Nodes are found by
// label and id.
UNWIND $rows AS row
CALL (row) {
  MATCH (f:Topic {id: row.from}) WHERE row.fromLabel = 'Topic' RETURN f
  UNION
  MATCH (f:Network {id: row.from}) WHERE row.fromLabel = 'Network' RETURN f
  UNION
  MATCH (f:Innovation {id: row.from}) WHERE row.fromLabel = 'Innovation' RETURN f
  UNION
  MATCH (f:Authority {id: row.from}) WHERE row.fromLabel = 'Authority' RETURN f
}
CALL (f, row) {
  UNWIND row.replace AS type
  MATCH (f)-[old]->(other)
  WHERE type(old) = type AND NOT other.id IN [l IN row.links WHERE l.type = type | l.to]
    AND any(l IN labels(other) WHERE l IN row.replaceLabels)
  DELETE old
  RETURN count(*) AS removed
}
CALL (f, row) {
  UNWIND row.links AS link
  CALL (link) {
    MATCH (t:Topic {id: link.to}) WHERE link.label = 'Topic' RETURN t
    UNION
    MATCH (t:Network {id: link.to}) WHERE link.label = 'Network' RETURN t
    UNION
    MATCH (t:Authority {id: link.to}) WHERE link.label = 'Authority' RETURN t
  }
  MERGE (f)-[r:$(link.type)]->(t)
  ON CREATE SET r.created = true
  SET r.source = row.source, r.synthetic = row.synthetic, r.imported = true
  WITH r, r.created IS NOT NULL AS isNew
  REMOVE r.created
  RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS added
}
RETURN 0 AS created, 0 AS changed, sum(added) + sum(removed) AS links
