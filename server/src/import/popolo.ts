// Importing a Popolo file: its organizations, persons and memberships become the import's kinds
// (networks, organisations, persons, memberships, participations) and land together, as one
// import run, through the same checks as any other file.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../db/store.js';
import { fromPopolo } from '../export/popolo.js';
import { type ImportOptions, type ImportReport, importFiles } from './index.js';
import type { Kind } from './layouts.js';

/** Whether a parsed JSON document is Popolo (organizations, persons or memberships at the top). */
export function isPopolo(doc: unknown): boolean {
  return (
    doc !== null &&
    typeof doc === 'object' &&
    !Array.isArray(doc) &&
    ['organizations', 'memberships'].some((k) => Array.isArray((doc as Record<string, unknown>)[k]))
  );
}

const ORDER: Kind[] = ['networks', 'organisations', 'persons', 'memberships', 'participations'];

export async function importPopolo(store: Store, path: string, options: Omit<ImportOptions, 'kind' | 'format'>): Promise<ImportReport[]> {
  const records = fromPopolo(JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>);
  const dir = await mkdtemp(join(tmpdir(), 'popolo-'));
  try {
    const tables = [];
    for (const kind of ORDER) {
      const rows = records[kind as keyof typeof records];
      if (!rows?.length) continue;
      const file = join(dir, `${kind}.json`);
      await writeFile(file, JSON.stringify({ [kind]: rows }));
      tables.push({ path: file, kind, format: 'json' as const });
    }
    return await importFiles(store, tables, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
