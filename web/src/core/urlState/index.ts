// The view state lives in the URL's query string: `useViewState()` reads it and `setViewState`
// writes it (pushState for a new view, replaceState for small changes), so reload or share
// gives the same view.

import { useCallback, useSyncExternalStore } from 'react';
import type { ViewState } from './types';
import { decodeViewState, encodeViewState } from './utils';

const CHANGE = 'netzwerkatlas:viewstate';
let cachedSearch: string | null = null;
let cachedState: ViewState | null = null;

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

function snapshot(): ViewState {
  if (cachedSearch !== window.location.search || !cachedState) {
    cachedSearch = window.location.search;
    cachedState = decodeViewState(cachedSearch);
  }
  return cachedState;
}

export type ViewStatePatch = Partial<ViewState> | ((state: ViewState) => Partial<ViewState>);

/** Writes a change to the URL. `push` adds a history entry (use it for a new view or selection). */
export function setViewState(patch: ViewStatePatch, { push = false }: { push?: boolean } = {}) {
  const current = snapshot();
  const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
  const query = encodeViewState(next);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

export function useViewState(): [ViewState, typeof setViewState] {
  const state = useSyncExternalStore(subscribe, snapshot);
  return [state, useCallback(setViewState, [])];
}

export * from './types';
export { decodeViewState, encodeViewState, getEmptyFilters, getEmptyViewState } from './utils';
