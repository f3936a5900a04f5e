// An administrator's decision on a review item: who, when, which choice, and what undoing needs.
MATCH (r:ReviewItem {id: $id})
SET r.status = $status, r.choice = $choice, r.decidedBy = $actor, r.decidedAt = datetime(), r.undo = $undo
