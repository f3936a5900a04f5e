// Who a signed-in identity is in the graph (server/src/people/viewer.ts): the person whose stored
// account ("issuer|subject") it is, else the person whose email the provider verified ($email is
// null otherwise). With the person: their authority, the networks they take part in now or
// coordinate (their role is COORDINATOR, or their authority coordinates the network), the events
// they attended or that those networks organised, and whether they are an innovation office.
OPTIONAL MATCH (byAccount:Person {account: $account})
WITH byAccount ORDER BY byAccount.id LIMIT 1
OPTIONAL MATCH (byEmail:Person {email: $email}) WHERE byAccount IS NULL
WITH coalesce(byAccount, byEmail) AS p ORDER BY p.id LIMIT 1
OPTIONAL MATCH (p)-[:WORKS_AT]->(a:Authority)
WITH p, a,
     COLLECT { MATCH (p)-[r:PARTICIPATES_IN]->(n:Network) WHERE r.until IS NULL OR r.until >= $today RETURN n.id } AS taking,
     COLLECT { MATCH (p)-[r:PARTICIPATES_IN]->(n:Network) WHERE r.role = 'COORDINATOR' AND (r.until IS NULL OR r.until >= $today) RETURN n.id
               UNION
               MATCH (p)-[:WORKS_AT]->(:Authority)-[:COORDINATES]->(n:Network) RETURN n.id } AS coordinating
WITH p, a, coordinating, taking + [x IN coordinating WHERE NOT x IN taking] AS networks
RETURN p.id AS personId, p.account AS account, a.id AS authorityId, networks, coordinating,
       COLLECT { MATCH (p)-[:ATTENDED]->(e:Event) RETURN e.id
                 UNION
                 MATCH (n:Network)<-[:ORGANISED_BY]-(e:Event) WHERE n.id IN networks RETURN e.id } AS events,
       CASE WHEN 'INNOVATION_OFFICE' IN coalesce(p.roles, []) THEN a.id END AS officeOf
