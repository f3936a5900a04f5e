// pnpm run export <format> [--persons none|public|all] [--out <file>]
//
// Formats: popolo (JSON), org (W3C ORG as JSON-LD), gexf (GEXF 1.3 with dynamics), graphml,
// xlsx (a sheet per kind), csv (one file per kind, into --out as a folder). Persons are left out
// unless asked for; `public` carries only participations their persons made public.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportData, type PersonScope } from '../export/data.js';
import { toGexf, toGraphml } from '../export/graphs.js';
import { toOrgJsonLd } from '../export/org.js';
import { toPopolo } from '../export/popolo.js';
import { tablesOf, toCsv, toXlsx } from '../export/tables.js';
import { connect } from './connect.js';

const FORMATS = ['popolo', 'org', 'gexf', 'graphml', 'xlsx', 'csv'] as const;
const EXT: Record<(typeof FORMATS)[number], string> = {
  popolo: 'popolo.json',
  org: 'org.jsonld',
  gexf: 'gexf',
  graphml: 'graphml',
  xlsx: 'xlsx',
  csv: '',
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { persons: { type: 'string', default: 'none' }, out: { type: 'string' } },
  });
  const format = positionals[0] as (typeof FORMATS)[number];
  const persons = (values.persons ?? 'none').toUpperCase() as PersonScope;
  if (!FORMATS.includes(format) || !['NONE', 'PUBLIC', 'ALL'].includes(persons)) {
    console.error(`usage: pnpm run export <${FORMATS.join('|')}> [--persons none|public|all] [--out <Datei>]`);
    return 2;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  const out = resolve(process.cwd(), values.out ?? `netzwerkatlas-${stamp}${EXT[format] ? `.${EXT[format]}` : ''}`);
  const { db, close } = await connect();
  try {
    const data = await exportData(db, persons);
    if (format === 'csv') {
      mkdirSync(out, { recursive: true });
      for (const t of tablesOf(data)) writeFileSync(join(out, `${t.name.toLowerCase()}.csv`), toCsv(t));
    } else if (format === 'xlsx') writeFileSync(out, await toXlsx(tablesOf(data)));
    else if (format === 'gexf') writeFileSync(out, toGexf(data, { title: `Netzwerkatlas ${stamp}`, date: stamp }));
    else if (format === 'graphml') writeFileSync(out, toGraphml(data));
    else if (format === 'org') writeFileSync(out, JSON.stringify(toOrgJsonLd(data, 'urn:netzwerkatlas:'), null, 2));
    else writeFileSync(out, JSON.stringify(toPopolo(data), null, 2));
    console.log(
      `${format}: ${data.networks.length} Netzwerke, ${data.organisations.length} Organisationen, ${data.relations.length} Beziehungen, ${data.persons.length} Personen → ${out}`,
    );
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
