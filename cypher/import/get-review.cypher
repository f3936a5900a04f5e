MATCH (r:ReviewItem {id: $id})
RETURN r.kind AS kind, r.line AS line, r.name AS name, r.record AS record, r.candidates AS candidates, r.status AS status, r.undo AS undo
