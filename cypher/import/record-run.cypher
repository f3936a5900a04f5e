// One record per import that changed the graph: which file, what kind, by whom, when, how much.
CREATE (:ImportRun {
  id: randomUUID(), file: $run.file, kind: $run.kind, actor: $run.actor, rows: $run.rows,
  created: $run.created, changed: $run.changed, at: datetime()
})
