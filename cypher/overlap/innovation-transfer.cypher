// Per network: the innovations that emerged in it (by kind), the authorities that adopted them,
// and the adoption shares (the study's monitoring question), and the adoptions reported through
// the app (reportAdoption: by whom, a person id shown only where the viewer may see them, and when). Member counts come from the
// derived network counts (cypher/derive/count-members.cypher) where they exist. Innovations and
// adopters come with every property only when the query asks for more than id, title, kind and
// synthetic (innovations) or id and name (adopters): ~1,500 innovations and ~2,600 adoptions at Germany scale.
MATCH (n:Network)<-[:EMERGED_IN]-(i:Innovation)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($networks IS NULL OR n.id IN $networks)
WITH n, i ORDER BY i.title, i.id
WITH n, collect({
  innovation: CASE WHEN $innovationDetails THEN i {.*, emergedInId: n.id} ELSE i {.id, .title, .kind, .synthetic, emergedInId: n.id} END,
  adopters: COLLECT { MATCH (i)-[:ADOPTED_BY]->(a:Authority)
                      RETURN CASE WHEN $adopterDetails THEN a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation}
                                  ELSE a {.id, .name, isAuthority: true} END AS adopter
                      ORDER BY a.name, a.id },
  reports: COLLECT { MATCH (i)-[r:ADOPTED_BY]->(a:Authority) WHERE r.reportedAt IS NOT NULL
                     RETURN {authorityId: a.id, reportedBy: r.reportedBy, reportedAt: r.reportedAt} AS report
                     ORDER BY r.reportedAt, a.id }
}) AS innovations
WITH n, innovations,
     coalesce(n.statAuthorities, COUNT { (n)<-[:MEMBER_OF]-(:Authority) }) AS memberCount,
     size(COLLECT { MATCH (n)<-[:EMERGED_IN]-(x:Innovation)-[:ADOPTED_BY]->(a:Authority)
                    WHERE ($kind IS NULL OR x.kind = $kind) AND EXISTS { (a)-[:MEMBER_OF]->(n) }
                    RETURN DISTINCT a.id }) AS memberAdopterCount
WITH n, innovations, memberCount, memberAdopterCount,
     size([x IN innovations WHERE size(x.adopters) > 0]) AS adoptedCount,
     reduce(c = 0, x IN innovations | c + size(x.reports)) AS reportedAdoptionCount
ORDER BY size(innovations) DESC, n.id
RETURN n {.*, parentId: [(n)-[:PART_OF]->(x:Network) | x.id][0]} AS network, innovations, memberCount, memberAdopterCount, adoptedCount,
       reportedAdoptionCount
