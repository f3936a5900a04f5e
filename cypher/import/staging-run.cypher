// One run's state and tallies (the publish adds to them per table).
MATCH (s:ImportStaging {id: $id})
RETURN s.status AS status, s.actor AS actor, s.tables AS tables, s.created AS created, s.changed AS changed,
       s.links AS links, s.staleMarked AS staleMarked, COUNT { (b:ImportStage {run: $id}) } AS batches
