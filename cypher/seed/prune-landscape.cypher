// The shipped landscape and its demo layer belong to the seed: a node an earlier version of
// them wrote (real: not synthetic and naming a source; demo: a demo id) that the current seed
// no longer holds is removed with its relationships. Generated and imported data is never touched.
UNWIND $rows AS row
MATCH (n)
WHERE (n:Network OR n:Authority OR n:UmbrellaOrganisation OR n:Topic OR n:Innovation OR n:Event OR n:Person)
  AND ((n.synthetic = false AND size(coalesce(n.source, [])) > 0)
       OR n.id STARTS WITH 'person:demo-' OR n.id STARTS WITH 'event:demo-')
  AND n.imported IS NULL
  // A network edited in the app stays (docs/curation.md).
  AND n.curatedAt IS NULL
WITH n, row
WHERE NOT n.id IN row.ids
DETACH DELETE n
