// The run's next staged batch, in the order it was staged (links after their nodes).
MATCH (b:ImportStage {run: $run})
RETURN b.seq AS seq, b.table AS table, b.statement AS statement, b.params AS params
ORDER BY b.seq
LIMIT 1
