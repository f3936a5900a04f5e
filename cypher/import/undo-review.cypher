// An accepted decision undone: the item is open again; who undid it and when stays on it.
MATCH (r:ReviewItem {id: $id})
SET r.status = 'OPEN', r.undoneBy = $actor, r.undoneAt = datetime()
REMOVE r.choice, r.undo, r.decidedBy, r.decidedAt
