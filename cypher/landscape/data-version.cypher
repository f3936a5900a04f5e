// The version of the data the last load stamped (cypher/derive/stamp-version.cypher); null
// before the first load.
OPTIONAL MATCH (d:DerivedData {id: 'version'})
RETURN d.version AS version
