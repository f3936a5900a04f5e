// Staging is complete: what the run will record for each of its tables, once published.
MATCH (s:ImportStaging {id: $id})
WHERE s.status = 'STAGING'
SET s.status = 'STAGED', s.tables = $tables, s.heartbeat = datetime()
RETURN count(s) AS staged
