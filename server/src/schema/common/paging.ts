// Relay connections over offset pages: one statement returns the page and the total count.

import { cursorToOffset, offsetToCursor, resolveOffsetConnection } from '@pothos/plugin-relay';
import { badInput, quote } from './errors.js';
import type { Page, PageRequest } from './loaders.js';

export const MAX_PAGE = 500;

/** Offsets beyond any list's length read as this one: the page is empty, the total still right. */
const MAX_OFFSET = 1_000_000_000;

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Resolves a connection field from a page fetcher; adds `totalCount` and, for lists of persons,
 * `hiddenPersons` (how many the viewer may not see; the field hiddenCount tells it as a PersonCount).
 */
export async function pagedConnection<T>(args: ConnectionArgs, fetchPage: (page: PageRequest) => Promise<Page<T>>) {
  if ((args.first ?? 0) < 0 || (args.last ?? 0) < 0)
    throw badInput('first and last must not be negative', args.first != null ? 'first' : 'last');
  if ((args.first ?? 0) > MAX_PAGE || (args.last ?? 0) > MAX_PAGE) throw badInput(`at most ${MAX_PAGE} items per page`, 'first');
  // Relay's rule, checked here so that the client gets a typed error (Pothos would throw its own).
  if (args.last != null && args.before == null && args.first == null)
    throw badInput('last can only be used together with before or first', 'last');
  const checked = { ...args };
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor == null) continue;
    let offset = Number.NaN;
    try {
      offset = cursorToOffset(cursor);
    } catch {
      // reported below
    }
    if (!Number.isInteger(offset) || offset < 0) throw badInput(`'${quote(cursor)}' is not a cursor of this list`, name);
    if (offset > MAX_OFFSET) checked[name] = offsetToCursor(MAX_OFFSET);
  }
  let total = 0;
  let hidden = 0;
  const connection = await resolveOffsetConnection({ args: checked, defaultSize: 50, maxSize: MAX_PAGE }, async (page) => {
    const result = await fetchPage(page);
    total = result.total;
    hidden = result.hidden ?? 0;
    return result.items;
  });
  return Object.assign(connection, { totalCount: total, hiddenPersons: hidden });
}
