// A staging run's sign of life, while its process checks rows that write nothing yet.
MATCH (s:ImportStaging {id: $id})
SET s.heartbeat = datetime()
