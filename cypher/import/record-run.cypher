// One record per import that changed the graph: which file, what kind, by whom, when, how much;
// and its entry in the audit log.
CREATE (:ImportRun {
  id: randomUUID(), file: $run.file, kind: $run.kind, actor: $run.actor, rows: $run.rows,
  created: $run.created, changed: $run.changed, at: datetime()
})
CREATE (:AuditEntry {
  id: randomUUID(), at: datetime(), kind: 'IMPORT', actor: $run.actor, subject: null,
  record: 'import ' + $run.kind + ' ' + $run.file
})
