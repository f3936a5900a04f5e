// The communities of the whole landscape as the last load stored them (cypher/derive,
// server/src/derived/communities.ts): every network with its community and topics, and the
// partition's modularity. `complete` is false when a network has no community yet (a store
// derived before communities existed); the server then computes them.
MATCH (n:Network)
WITH n ORDER BY n.id
WITH collect(n {.*, community: n.statCommunity, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0],
                topics: COLLECT { MATCH (n)-[:COVERS]->(t:Topic) RETURN t {.*} ORDER BY t.id }}) AS networks
OPTIONAL MATCH (d:DerivedData {id: 'communities'})
RETURN networks, d.modularity AS modularity, d.resolution AS resolution,
       d IS NOT NULL AND all(n IN networks WHERE n.community IS NOT NULL) AS complete
