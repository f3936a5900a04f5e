// A run that is not published: its staged batches removed a few at a time (each holds thousands
// of rows as text), so that no transaction grows with the file.
MATCH (b:ImportStage {run: $run})
WITH b LIMIT 20
DELETE b
RETURN count(*) AS removed
