// The overlap matrix of all networks, from each network's derived matrix row
// (:MatrixRow, cypher/derive/matrix-rows.cypher): [rank a, ranks of its partners b, shared counts], the
// partners cut to those sharing at least $minShared. `complete` is false when a network has no
// row yet (a store derived before rows existed); the server then asks overlap-matrix.cypher.
MATCH (n:Network)
WITH n ORDER BY n.id
OPTIONAL MATCH (row:MatrixRow {network: n.id})
WITH n,
     CASE $by WHEN 'PERSONS' THEN row.partnersP ELSE row.partnersA END AS partners,
     CASE $by WHEN 'PERSONS' THEN row.sharedP ELSE row.sharedA END AS counts
WITH n, partners, counts,
     CASE WHEN $minShared <= 1 OR counts IS NULL THEN null
          ELSE [k IN range(0, size(counts) - 1) WHERE counts[k] >= $minShared] END AS kept
RETURN collect({id: n.id, rank: n.statRank, name: n.name, shortName: n.shortName,
                size: coalesce(CASE $by WHEN 'PERSONS' THEN n.statPersons ELSE n.statAuthorities END, 0)}) AS networks,
       collect([n.statRank,
                CASE WHEN kept IS NULL THEN partners ELSE [k IN kept | partners[k]] END,
                CASE WHEN kept IS NULL THEN counts ELSE [k IN kept | counts[k]] END]) AS rows,
       all(c IN collect(counts IS NOT NULL) WHERE c) AS complete
