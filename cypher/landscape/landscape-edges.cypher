// Every relation the map draws between the nodes of landscape-nodes, with the documents it was
// read from (ids) or whether it is Beispieldaten.
MATCH (a)-[r:PART_OF|COVERS|COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT|MEMBER_OF|EMERGED_IN|ADOPTED_BY|ABOUT]->(b)
WHERE NOT a:Person AND NOT a:Event
  AND ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(a.synthetic, false) OR coalesce(b.synthetic, false)))
RETURN a.id AS source, b.id AS target, type(r) AS type, coalesce(r.synthetic, false) AS synthetic,
       coalesce(r.source, []) AS sources
ORDER BY source, target, type
