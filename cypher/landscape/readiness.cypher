// Whether the store holds a complete load: the data version that a load stamps as its last
// step (cypher/derive/stamp-version.cypher, in the load's own transaction when it is atomic)
// and at least one network. Cheap: a label count and a handful of :DerivedData nodes.
OPTIONAL MATCH (d:DerivedData {id: 'version'})
RETURN d.version AS version, COUNT { (:Network) } AS networks
