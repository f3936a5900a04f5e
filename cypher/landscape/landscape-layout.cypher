// The map's positions the last load computed (cypher/derive/store-layout.cypher): ids and
// their x and y at the same index; no row before the first load.
MATCH (d:DerivedData {id: 'layout'})
RETURN d.ids AS ids, d.x AS x, d.y AS y
