// Full-text search over names (persons are not in the index: their names are personal data).
CALL db.index.fulltext.queryNodes('search_names', $query, {limit: $limit * 4})
YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node {.*, isAuthority: node:Authority, isUmbrella: node:UmbrellaOrganisation, labels: labels(node),
             parentId: [(node)-[:PART_OF]->(p) | p.id][0],
             emergedInId: [(node)-[:EMERGED_IN]->(x:Network) | x.id][0],
             networkId: [(node)-[:ORGANISED_BY]->(x:Network) | x.id][0]} AS node, score
