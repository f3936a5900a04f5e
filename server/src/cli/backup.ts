// pnpm backup [file]      writes the whole graph to a file (default: backups/netzwerkatlas-<time>.jsonl)
// pnpm restore <file>     restores such a file into an empty database
//
// Both reach Neo4j as the other tools do (cli/connect.ts). A restore never mixes: it refuses a
// database that is not empty, and a broken file restores nothing.

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backup, restore } from '../backup/index.js';
import { repoRoot } from '../config.js';
import { connect } from './connect.js';

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  if (command !== 'backup' && command !== 'restore') {
    console.error('usage: pnpm backup [Datei] | pnpm restore <Datei>');
    return 2;
  }
  if (command === 'restore' && !file) {
    console.error('pnpm restore <Datei>: welche Sicherung? / which backup file?');
    return 2;
  }
  const path = resolve(
    process.cwd(),
    file ?? resolve(repoRoot, `backups/netzwerkatlas-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`),
  );
  const { db, close } = await connect();
  try {
    if (command === 'backup') {
      mkdirSync(dirname(path), { recursive: true });
      const r = await backup(db.driver, path, db.database);
      console.log(`Gesichert: ${r.nodes} Knoten, ${r.relationships} Beziehungen → ${path}`);
    } else {
      const r = await restore(db.driver, path, db.database);
      console.log(`Zurückgespielt: ${r.nodes} Knoten, ${r.relationships} Beziehungen aus ${path}`);
    }
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
