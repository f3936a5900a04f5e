// The commit point of a run published in several transactions: from here on it is finished, not
// discarded, also by the next import or start when this process dies.
MATCH (s:ImportStaging {id: $id})
WHERE s.status = 'STAGED'
SET s.status = 'PUBLISHING', s.heartbeat = datetime()
RETURN count(s) AS publishing
