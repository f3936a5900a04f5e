// The real landscape the product ships with, read fact by fact from the documents in SOURCES.

import { events } from './data/events.js';
import { innovations } from './data/innovations.js';
import { networks } from './data/networks.js';
import { organisations } from './data/organisations.js';
import { relations } from './data/relations.js';
import { topics } from './data/topics.js';
import type { Landscape } from './types.js';

export { SOURCES, type SourceId } from '@netzwerkatlas/server/sources';
export type * from './types.js';

export const landscape: Landscape = { topics, networks, organisations, relations, innovations, events };
