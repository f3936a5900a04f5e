// Writes the GraphQL schema as SDL to server/schema.graphql (pnpm schema:print).

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../config.js';
import { printedSchema } from '../schema/index.js';

const target = resolve(repoRoot, 'server/schema.graphql');
writeFileSync(target, printedSchema());
console.log('schema written to server/schema.graphql');
