// The audit log, newest first, one page: who (a pseudonym), what kind, when, which record; for
// curated network data also the fields before and after (JSON text; never person data).
MATCH (x:AuditEntry)
WITH x ORDER BY x.at DESC, x.id
WITH collect(x) AS entries
RETURN size(entries) AS total, [x IN entries[$offset..($offset + $limit)] | x {.id, .kind, .actor, .subject, .record, .before, .after, at: toString(x.at)}] AS items
