// The start command (`pnpm start`, and what `pnpm build` compiles for `start:prod`): the server's
// start (server/src/start.ts) with the real landscape and its Beispieldaten as the seeder. It
// lives here because this package may import both: the seed writes through the server's db layer
// and derived data, so the server must not import the seed (that would be a cycle).

import { start } from '@netzwerkatlas/server/start';
import { demoAccounts, seedLandscape } from './index.js';

start({ seed: (db) => seedLandscape(db), demoAccounts });
