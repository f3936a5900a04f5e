// Full-text search over names (persons are not in the index: their names are personal data).
CALL db.index.fulltext.queryNodes('search_names', $query, {limit: $limit * 4})
YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node {.*, isAuthority: node:Authority, isUmbrella: node:UmbrellaOrganisation,
             labels: labels(node), title: coalesce(node.title, node.name)} AS node, score
