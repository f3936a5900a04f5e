// What an import checks its references against: every id of the kinds it names, and the
// authorities' names and official keys for matching.
CALL () {
  MATCH (n) WHERE n:Network OR n:Topic OR n:Person OR n:Event OR n:Innovation
  RETURN collect([head([l IN labels(n) WHERE l IN ['Network', 'Topic', 'Person', 'Event', 'Innovation']]), n.id]) AS ids
}
CALL () {
  MATCH (o) WHERE o:Authority OR o:UmbrellaOrganisation
  RETURN collect({id: o.id, name: o.name, ags: o.ags, ars: o.ars, pvogId: o.pvogId, wikidataId: o.wikidataId,
                  authority: o:Authority, umbrella: o:UmbrellaOrganisation}) AS organisations
}
RETURN ids, organisations
