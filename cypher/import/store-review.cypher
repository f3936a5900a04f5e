// Rows an import could not match to an authority for certain, kept for an administrator to
// accept (with one of the candidates, or as a new authority) or reject. The record is the row as
// checked, so accepting it needs no second upload.
UNWIND $items AS item
CREATE (r:ReviewItem {
  id: randomUUID(), kind: item.kind, line: item.line, name: item.name, file: item.file,
  actor: item.actor, candidates: item.candidates, record: item.record, at: datetime(), status: 'OPEN'
})
