// One batch of a run, staged: the statement it will run at publish and its parameters as JSON
// (a node property cannot hold the rows' maps). Committed on its own, so that a large file never
// needs one large transaction; the label ImportStage is read by the import alone.
MATCH (s:ImportStaging {id: $run})
WHERE s.status = 'STAGING'
CREATE (:ImportStage {run: $run, seq: toInteger($seq), table: toInteger($table), statement: $statement, params: $params})
SET s.heartbeat = datetime()
RETURN count(s) AS staged
