// Applies cypher/schema/constraints.cypher: constraints, indexes and the full-text index, all
// IF NOT EXISTS, so that every start may run it and a re-run changes nothing.

import { cypherStatements } from '@netzwerkatlas/cypher';
import type { Db } from './index.js';

export async function applySchema(db: Db): Promise<number> {
  const statements = cypherStatements('schema/constraints');
  for (const text of statements) await db.write({ text });
  await db.write({ text: 'CALL db.awaitIndexes(300)' });
  return statements.length;
}
