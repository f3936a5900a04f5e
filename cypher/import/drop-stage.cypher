// A staged batch published: removed in the transaction that wrote it, so that a publish resumed
// after a kill neither skips nor repeats a batch. The run's tallies grow by what it wrote.
MATCH (b:ImportStage {run: $run, seq: toInteger($seq)})
MATCH (s:ImportStaging {id: $run})
DELETE b
SET s.created = [i IN range(0, size(s.created) - 1) | s.created[i] + CASE WHEN i = toInteger($table) THEN toInteger($created) ELSE 0 END],
    s.changed = [i IN range(0, size(s.changed) - 1) | s.changed[i] + CASE WHEN i = toInteger($table) THEN toInteger($changed) ELSE 0 END],
    s.links = [i IN range(0, size(s.links) - 1) | s.links[i] + CASE WHEN i = toInteger($table) THEN toInteger($links) ELSE 0 END],
    s.staleMarked = s.staleMarked OR $staleMarked,
    s.heartbeat = datetime()
