// The importer on one file, alone in this process, for the import bench's memory figure: prints
// its outcome, time and peak resident memory (KiB) as JSON.

import { createDb, createDriver } from '@netzwerkatlas/server/db/index';
import { importFile } from '@netzwerkatlas/server/import/index';

const file = process.argv[2] as string;
const db = createDb(createDriver(process.env.NEO4J_URI as string, 'neo4j', ''));
const started = performance.now();
const report = await importFile(db, file, { kind: 'participations', actor: 'bench' });
const ms = performance.now() - started;
await db.close();
console.log(
  JSON.stringify({
    ms,
    maxRssKiB: process.resourceUsage().maxRSS,
    outcome: report.outcome,
    rows: report.rows,
    created: report.created,
    problems: report.problems.slice(0, 3),
  }),
);
