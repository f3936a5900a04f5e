// Every relation the map draws between the nodes of landscape-nodes, with the documents it was
// read from (ids) or whether it is Beispieldaten: a relation is, when it or a node at either end
// is (the same test as the data switch's filter here, so an edge "nur Quellen" leaves out is
// never shown as a fact).
MATCH (a)-[r:PART_OF|COVERS|COORDINATES|HOSTS|FUNDS|PROVIDES_CONTENT|MEMBER_OF|EMERGED_IN|ADOPTED_BY|ABOUT]->(b)
WHERE NOT a:Person AND NOT a:Event
WITH a, r, b, coalesce(r.synthetic, false) OR coalesce(a.synthetic, false) OR coalesce(b.synthetic, false) AS synthetic
WHERE $includeSynthetic OR NOT synthetic
RETURN a.id AS source, b.id AS target, type(r) AS type, synthetic, coalesce(r.source, []) AS sources
ORDER BY source, target, type
