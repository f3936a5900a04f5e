// The one way the browser tests reach the app's renderer. A page the tests open carries
// `window.__netzwerkatlasTest`, which their init script sets before the app loads; the app
// hands the current renderer and its label layer to that object. An ordinary page has no such
// object, so there the app exposes nothing.

import type Sigma from 'sigma';
import type { LabelLayer } from './labelLayer';

export interface TestSeam {
  /** The current renderer. */
  sigma?: Sigma;
  /** Its label layer: the labels sigma offered for the last frame and those drawn. */
  labels?: LabelLayer;
}

declare global {
  interface Window {
    __netzwerkatlasTest?: TestSeam;
  }
}

/** Hands the current renderer to the tests, on a page they opened; does nothing otherwise. */
export function exposeToTests(parts: TestSeam): void {
  const seam = window.__netzwerkatlasTest;
  if (seam) Object.assign(seam, parts);
}
