// Curation (server/src/schema/curation): takes the network's write lock before anything is read
// (Neo4j's pattern against lost updates: a written property locks the node until the transaction
// ends, so a concurrent edit of the same network waits here and then reads what the first one
// committed), and returns its curated state: the version (missing: 0), the profile fields, the
// topics, whether it is Beispieldaten, which of $topics are unknown, and whether the authority
// $authority exists and is a member.
MATCH (n:Network {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN coalesce(n.version, 0) AS version,
       coalesce(n.synthetic, false) AS synthetic,
       n {.name, .shortName, .description, .website, .cadence, .funding} AS fields,
       COLLECT { MATCH (n)-[:COVERS]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics,
       [tid IN $topics WHERE NOT EXISTS { MATCH (:Topic {id: tid}) }] AS unknownTopics,
       COLLECT { MATCH (a:Authority {id: $authority}) RETURN a.name }[0] AS authorityName,
       [(:Authority {id: $authority})-[m:MEMBER_OF]->(n) | m {.since, .source, synthetic: coalesce(m.synthetic, false)}][0] AS membership
