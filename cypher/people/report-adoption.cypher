// The person's authority adopted an innovation that emerged in a network: an ADOPTED_BY marked as
// reported (by whom, when). Idempotent: an adoption already known (from the sources or an earlier
// report) is left as it is. No row: no such innovation from a network, or no such authority.
MATCH (i:Innovation {id: $innovation})
WHERE EXISTS { (i)-[:EMERGED_IN]->(:Network) }
MATCH (a:Authority {id: $authority})
OPTIONAL MATCH (i)-[old:ADOPTED_BY]->(a)
WITH i, a, old IS NULL AS created
MERGE (i)-[r:ADOPTED_BY]->(a)
ON CREATE SET r.reportedBy = $person, r.reportedAt = toString(datetime()), r.note = $note, r.synthetic = false, r.source = []
WITH i, a, r, created
CALL (i, a, created) {
  WITH i, a, created WHERE created
  CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'REPORT_ADOPTION', actor: $actor, subject: $subject, record: 'adoption ' + i.id + ' ' + a.id})
}
RETURN created, {note: r.note, source: r.source, synthetic: coalesce(r.synthetic, false), reportedBy: r.reportedBy, reportedAt: r.reportedAt,
        authority: a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation}} AS adoption
