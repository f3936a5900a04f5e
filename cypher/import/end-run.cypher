// A run published or discarded: nothing of it stays but the ImportRun record of what it changed.
MATCH (s:ImportStaging {id: $id})
WHERE NOT EXISTS { (:ImportStage {run: $id}) }
DELETE s
RETURN count(*) AS ended
