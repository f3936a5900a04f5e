// The version of each part of the derived data as the last derivation stamped it (see
// stamp-version.cypher); null for a store derived before parts had versions.
OPTIONAL MATCH (d:DerivedData {id: 'version'})
RETURN d.versions AS versions
