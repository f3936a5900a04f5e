// Every relation the map draws between the nodes of landscape-nodes.
MATCH (a)-[r:PART_OF|COVERS|COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT|MEMBER_OF|EMERGED_IN|ADOPTED_BY|ABOUT]->(b)
WHERE NOT a:Person AND NOT a:Event
  AND ($includeSynthetic OR NOT (coalesce(r.synthetic, false) OR coalesce(a.synthetic, false) OR coalesce(b.synthetic, false)))
RETURN a.id AS source, b.id AS target, type(r) AS type, coalesce(r.synthetic, false) AS synthetic
ORDER BY source, target, type
