// The overlap matrix of all networks, from each network's derived matrix row
// (:MatrixRow, stored by cypher/derive/store-matrix-rows.cypher): [rank a, its pairs as text
// "rank b:shared,…"]. The server decodes the text and keeps the pairs sharing at least
// $minShared. `complete` is false when a network has no row in this form yet (a store derived
// by an older version); the server then asks overlap-matrix.cypher.
MATCH (n:Network)
WITH n ORDER BY n.id
OPTIONAL MATCH (row:MatrixRow {network: n.id})
WITH n, CASE $by WHEN 'PERSONS' THEN row.pairsP ELSE row.pairsA END AS pairs
RETURN collect({id: n.id, rank: n.statRank, name: n.name, shortName: n.shortName,
                size: coalesce(CASE $by WHEN 'PERSONS' THEN n.statPersons ELSE n.statAuthorities END, 0)}) AS networks,
       collect([n.statRank, pairs]) AS rows,
       all(p IN collect(pairs IS NOT NULL) WHERE p) AS complete
