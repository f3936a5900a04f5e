// The seed package: the real landscape, the demo layer, and the one load path they share.

import type { Driver } from 'neo4j-driver';
import { buildDemoLayer, demoSteps } from './demo/index.js';
import { landscape } from './landscape/index.js';
import { type LoadReport, load } from './load.js';
import { landscapeSteps } from './steps.js';

export { buildDemoLayer, type DemoLayer, demoSteps } from './demo/index.js';
export { landscape, SOURCES } from './landscape/index.js';
export type { SourceId } from './landscape/sources.js';
export type * from './landscape/types.js';
export { type LoadReport, type LoadStep, load } from './load.js';
export { checkLandscape, LandscapeError, landscapeSteps } from './steps.js';

/**
 * Seeds the real landscape and its demo layer in one transaction (MERGE throughout): running it
 * twice leaves the same graph, and a failure leaves nothing half-written.
 */
export async function seedLandscape(
  driver: Driver,
  options: { database?: string; demo?: boolean; onProgress?: (step: string, done: number, total: number) => void } = {},
): Promise<LoadReport> {
  const steps = [...landscapeSteps(landscape), ...(options.demo === false ? [] : demoSteps(buildDemoLayer(landscape)))];
  return load(driver, steps, { database: options.database, atomic: true, onProgress: options.onProgress });
}
