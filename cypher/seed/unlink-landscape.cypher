// The relationships the seed wrote between its own nodes are written anew on every seed, so
// that none an earlier version wrote stays behind (a demo person who now works at another
// authority would otherwise work at both; a relation dropped from the sources would remain).
// The seed's relationships carry `source` (the landscape) or `synthetic: true` (the demo layer);
// derived and imported relationships, those the app curates, and any that touch a node the seed
// does not hold, are left alone.
// Runs first in the seed's one transaction, so readers never see the graph without them.
UNWIND $rows AS row
MATCH (a)-[r]->(b)
WHERE (r.source IS NOT NULL OR r.synthetic = true) AND r.imported IS NULL AND a.id IN row.ids AND b.id IN row.ids
  // Topics and members of a network edited in the app belong to the app (docs/curation.md).
  AND NOT (type(r) = 'COVERS' AND 'topics' IN coalesce(a.curatedFields, []))
  AND NOT (type(r) = 'MEMBER_OF' AND 'members' IN coalesce(b.curatedFields, []))
DELETE r
