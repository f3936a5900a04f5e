// An import run begins: its batches are staged (ImportStage nodes, which no read statement
// matches) before anything reaches the graph. The run names the process that stages it, so that
// the next import or start can tell a run that is alive from one whose process was killed.
CREATE (:ImportStaging {
  id: $id, status: 'STAGING', actor: $actor, host: $host, pid: toInteger($pid), tables: $tables,
  created: [x IN $zeros | toInteger(x)], changed: [x IN $zeros | toInteger(x)],
  links: [x IN $zeros | toInteger(x)], staleMarked: false,
  startedAt: datetime(), heartbeat: datetime()
})
