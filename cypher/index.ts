// Every Cypher statement the app runs lives in this folder as `<module>/<verb-noun>.cypher`,
// with values passed as $params only. This module reads them by name, once.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `cypher('network/list-networks')`. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    try {
      text = readFileSync(join(root, `${name}.cypher`), 'utf8').trim();
    } catch {
      throw new Error(`cypher: no statement named '${name}' (expected cypher/${name}.cypher)`);
    }
    cache.set(name, text);
  }
  return text;
}

/**
 * The statements of a multi-statement file (schema files), split on `;` at line ends, with
 * `//` comment lines removed.
 */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
