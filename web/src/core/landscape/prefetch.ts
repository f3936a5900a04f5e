// The landscape's request as the page loads: the page's entry for it (src/prefetch.ts) runs
// before the app's code has loaded, so it imports no more than the API client and the URL codec.

import { prefetch } from '../api/client';
import { LandscapeQuery } from '../api/operations';
import type { ViewName } from '../urlState/types';
import { decodeViewState } from '../urlState/utils';

/** The views that open with the landscape (the map, the ego view, the table). */
const OPENS_WITH_LANDSCAPE: readonly ViewName[] = ['landscape', 'ego', 'table'];

/**
 * Starts the request useLandscape will make for a page at `search` (its query string), if the
 * page opens on a view that needs the landscape; the app's request takes it over.
 */
export function prefetchLandscape(search: string): void {
  const state = decodeViewState(search);
  if (OPENS_WITH_LANDSCAPE.includes(state.view)) prefetch(LandscapeQuery, { includeSynthetic: state.filters.data !== 'real' });
}
