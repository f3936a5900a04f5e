// The URL codec: a ViewState to a query string and back. Defaults are left out, unknown or broken
// values fall back to the default, so any link opens something sensible.

import { MEMBER_BASES } from '../api/enums';
import { isLang } from '../i18n/utils';
import { NODE_KINDS, type NodeKind } from '../landscape/types';
import {
  type ColorMode,
  type DataScope,
  type Filters,
  type MatrixOrder,
  type MemberBasis,
  type Term,
  VIEWS,
  type ViewName,
  type ViewState,
} from './types';

export function getEmptyFilters(): Filters {
  return { kinds: [...NODE_KINDS], topics: [], level: null, land: null, typology: null, governance: null, term: 'all', data: 'all' };
}

export function getEmptyViewState(): ViewState {
  return {
    view: 'landscape',
    lang: 'de',
    node: null,
    filters: getEmptyFilters(),
    expand: [],
    color: 'kind',
    by: 'AUTHORITIES',
    min: 1,
    order: 'groups',
    depth: 1,
    from: null,
    to: null,
    innovationKind: null,
    authority: null,
  };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
const intIn = (value: string | null, min: number, max: number, fallback: number) => {
  const n = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

/** The query string (without '?') for a state; only what differs from the default. */
export function encodeViewState(state: ViewState): string {
  const empty = getEmptyViewState();
  const params = new URLSearchParams();
  const f = state.filters;
  if (state.view !== empty.view) params.set('view', state.view);
  if (state.lang !== empty.lang) params.set('lang', state.lang);
  if (state.node) params.set('node', state.node);
  if (f.kinds.length !== NODE_KINDS.length || NODE_KINDS.some((k) => !f.kinds.includes(k))) params.set('kinds', f.kinds.join(',') || '-');
  if (f.topics.length) params.set('topics', f.topics.join(','));
  if (f.level) params.set('level', f.level);
  if (f.land) params.set('land', f.land);
  if (f.typology) params.set('typology', f.typology);
  if (f.governance) params.set('governance', f.governance);
  if (f.term !== 'all') params.set('term', f.term);
  if (f.data !== 'all') params.set('data', f.data);
  if (state.expand.length) params.set('expand', state.expand.join(','));
  if (state.color !== empty.color) params.set('color', state.color);
  if (state.by !== empty.by) params.set('by', state.by);
  if (state.min !== empty.min) params.set('min', String(state.min));
  if (state.order !== empty.order) params.set('order', state.order);
  if (state.depth !== empty.depth) params.set('depth', String(state.depth));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.innovationKind) params.set('ikind', state.innovationKind);
  if (state.authority) params.set('authority', state.authority);
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The state a query string describes (with or without the leading '?'). */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const empty = getEmptyViewState();
  const lang = params.get('lang');
  const kinds = params.get('kinds');
  return {
    view: oneOf<ViewName>(params.get('view'), VIEWS, empty.view),
    lang: isLang(lang) ? lang : empty.lang,
    node: params.get('node') || null,
    filters: {
      kinds: kinds === null ? [...NODE_KINDS] : list(kinds).filter((k): k is NodeKind => (NODE_KINDS as string[]).includes(k)),
      topics: list(params.get('topics')),
      level: params.get('level') || null,
      land: params.get('land') || null,
      typology: params.get('typology') || null,
      governance: params.get('governance') || null,
      term: oneOf<Term>(params.get('term'), ['all', 'running', 'ended'], 'all'),
      data: oneOf<DataScope>(params.get('data'), ['all', 'real', 'synthetic'], 'all'),
    },
    expand: list(params.get('expand')),
    color: oneOf<ColorMode>(params.get('color'), ['kind', 'cluster'], empty.color),
    by: oneOf<MemberBasis>(params.get('by'), MEMBER_BASES, empty.by),
    min: intIn(params.get('min'), 1, 10_000, empty.min),
    order: oneOf<MatrixOrder>(params.get('order'), ['groups', 'name'], empty.order),
    depth: intIn(params.get('depth'), 1, 5, empty.depth),
    from: params.get('from') || null,
    to: params.get('to') || null,
    innovationKind: params.get('ikind') || null,
    authority: params.get('authority') || null,
  };
}
