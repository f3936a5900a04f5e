// Expired sessions, a bounded batch at a time (run at each sign-in).
MATCH (s:Session)
WHERE s.expiresAt <= $now
WITH s
LIMIT 1000
DETACH DELETE s
RETURN count(*) AS deleted
