// Derived data, the map's positions, step 2: the positions computed in server/src/derived/layout.ts,
// as three lists of one node (ids, x, y at the same index), read whole by the landscape.
MERGE (d:DerivedData {id: 'layout'})
SET d.ids = $ids, d.x = $x, d.y = $y, d.computedAt = datetime()
RETURN size(d.ids) AS written
