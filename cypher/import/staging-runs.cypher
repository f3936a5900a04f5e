// The runs not yet published or discarded, with what tells whether their process still lives.
MATCH (s:ImportStaging)
RETURN s.id AS id, s.status AS status, s.host AS host, s.pid AS pid, s.actor AS actor,
       duration.inSeconds(s.heartbeat, datetime()).seconds AS silentSeconds
ORDER BY s.startedAt
