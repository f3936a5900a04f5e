// Derived data, step 2 of the communities: the Louvain community of every network (computed in
// server/src/derived/communities.ts) and the partition's modularity and resolution.
UNWIND $rows AS row
MATCH (n:Network {id: row.id})
SET n.statCommunity = row.community
WITH count(n) AS written
MERGE (d:DerivedData {id: 'communities'})
SET d.modularity = $modularity, d.resolution = $resolution, d.networks = written, d.computedAt = datetime()
RETURN written
