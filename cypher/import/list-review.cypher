// The review list, newest first: the open items (or those of $status; all when it is null).
MATCH (r:ReviewItem)
WHERE $status IS NULL OR r.status = $status
RETURN r.id AS id, r.kind AS kind, r.line AS line, r.name AS name, r.file AS file, r.actor AS actor,
       toString(r.at) AS at, r.status AS status, r.candidates AS candidates, r.choice AS choice, r.decidedBy AS decidedBy,
       toString(r.decidedAt) AS decidedAt, toString(r.undoneAt) AS undoneAt
ORDER BY r.at DESC
