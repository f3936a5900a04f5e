// The seed package: the real landscape, the demo layer, and the one load path they share.

import type { Store } from '@netzwerkatlas/server/db/store';
import { buildDemoLayer, demoSteps } from './demo/index.js';
import { landscape } from './landscape/index.js';
import { type LoadReport, load } from './load.js';
import { landscapeSteps } from './steps.js';

export type { SourceId } from '@netzwerkatlas/server/sources';
export { type DemoAccount, demoAccounts, findDemoAccount } from './demo/accounts.js';
export { emailDomainOf } from './demo/email.js';
export { buildDemoLayer, DEMO_AUTHORITIES, type DemoLayer, demoSteps } from './demo/index.js';
export { landscape, SOURCES } from './landscape/index.js';
export type * from './landscape/types.js';
export { type LoadReport, type LoadStep, load } from './load.js';
export { checkLandscape, LandscapeError, landscapeSteps } from './steps.js';

/**
 * Seeds the real landscape and its demo layer in one transaction (MERGE throughout): running it
 * twice leaves the same graph, and a failure leaves nothing half-written.
 */
export async function seedLandscape(
  db: Store,
  options: { demo?: boolean; onProgress?: (step: string, done: number, total: number) => void } = {},
): Promise<LoadReport> {
  const layer = options.demo === false ? undefined : buildDemoLayer(landscape);
  const steps = [...landscapeSteps(landscape), ...(layer ? demoSteps(layer) : [])];
  // The nodes the seed holds.
  const ids = [
    ...[landscape.topics, landscape.networks, landscape.organisations, landscape.innovations, landscape.events].flatMap((list) =>
      list.map((x) => x.id),
    ),
    ...(layer
      ? [...layer.authorities, ...layer.persons.map((p) => p.props), ...layer.events.map((e) => e.props)].map((x) => String(x.id))
      : []),
  ];
  // First the relationships among its nodes go (the merges write the current ones again), last
  // the nodes an earlier version wrote and this one no longer holds.
  const all = [{ statement: 'seed/unlink-landscape', rows: [{ ids }] }, ...steps, { statement: 'seed/prune-landscape', rows: [{ ids }] }];
  return load(db, all, { atomic: true, onProgress: options.onProgress });
}
