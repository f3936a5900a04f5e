UNWIND $rows AS row
MERGE (n:Network {id: row.id})
WITH n, row, properties(n) AS was, coalesce(n.curatedFields, []) AS curated
// What an import added to a node the seed also ships (an official key, a website) stays.
SET n = CASE WHEN n.imported = true THEN properties(n) ELSE {} END
SET n += row
// What was edited in the app stays too (docs/curation.md): the curated fields, the version, and
// the editors' stamp among the sources.
SET n += CASE WHEN size(curated) = 0 THEN {} ELSE {version: was.version, curatedAt: was.curatedAt, curatedFields: curated} END
SET n.name = CASE WHEN 'name' IN curated THEN was.name ELSE n.name END,
    n.shortName = CASE WHEN 'shortName' IN curated THEN was.shortName ELSE n.shortName END,
    n.description = CASE WHEN 'description' IN curated THEN was.description ELSE n.description END,
    n.website = CASE WHEN 'website' IN curated THEN was.website ELSE n.website END,
    n.cadence = CASE WHEN 'cadence' IN curated THEN was.cadence ELSE n.cadence END,
    n.funding = CASE WHEN 'funding' IN curated THEN was.funding ELSE n.funding END,
    n.source = CASE WHEN size(curated) = 0 THEN n.source
                    ELSE coalesce(n.source, []) + [s IN coalesce(was.source, []) WHERE s STARTS WITH 'Netzwerkatlas-Redaktion' AND NOT s IN coalesce(n.source, [])] END
