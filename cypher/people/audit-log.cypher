// The audit log, newest first, one page: who (a pseudonym), what kind, when, which record.
MATCH (x:AuditEntry)
WITH x ORDER BY x.at DESC, x.id
WITH collect(x) AS entries
RETURN size(entries) AS total, [x IN entries[$offset..($offset + $limit)] | x {.id, .kind, .actor, .subject, .record, at: toString(x.at)}] AS items
