// Everything stored about one person (Art. 15 and 20 GDPR): the person's properties, where they
// work, every participation and attendance with all its properties (the visibility and its log
// included), the adoptions they reported, and the audit entries about them (found by their
// pseudonym, $subject). The export itself is audited.
MATCH (p:Person {id: $person})
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'EXPORT_PERSON', actor: $actor, subject: $subject, record: 'person'})
RETURN p {.*} AS person,
       [(p)-[w:WORKS_AT]->(a:Authority) | {authority: a.id, authorityName: a.name, relationship: w {.*}}] AS worksAt,
       [(p)-[r:PARTICIPATES_IN]->(n:Network) | {network: n.id, networkName: n.name, relationship: r {.*}}] AS participations,
       [(p)-[r:ATTENDED]->(e:Event) | {event: e.id, eventName: e.name, date: e.date, relationship: r {.*}}] AS attendances,
       COLLECT { MATCH (i:Innovation)-[r:ADOPTED_BY]->(a:Authority) WHERE r.reportedBy = p.id
                 RETURN {innovation: i.id, authority: a.id, reportedAt: r.reportedAt, note: r.note} } AS reportedAdoptions,
       COLLECT { MATCH (x:AuditEntry) WHERE x.subject = $subject OR x.actor = $subject
                 RETURN x {.kind, .record, at: toString(x.at), byThemselves: x.actor = $subject} ORDER BY x.at } AS auditEntries
