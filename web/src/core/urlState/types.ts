// What a view is: everything a shared link must carry to show the same thing again.

import type { MemberBasis } from '../../gql/graphql';
import type { Lang } from '../i18n/types';
import type { NodeKind } from '../landscape/types';

export type ViewName =
  | 'landscape'
  | 'overlap'
  | 'ego'
  | 'path'
  | 'innovations'
  | 'table'
  | 'about'
  | 'myAuthority'
  | 'privacy'
  | 'import'
  | 'review';
export const VIEWS: ViewName[] = [
  'landscape',
  'overlap',
  'ego',
  'path',
  'innovations',
  'table',
  'about',
  'myAuthority',
  'privacy',
  'import',
  'review',
];
/**
 * Views the tab bar lists only to those who may use them: "Daten importieren" to administrators
 * and coordinators, the review list to administrators (App.tsx asks the viewer's roles).
 */
export const ROLE_VIEWS: ViewName[] = ['import', 'review'];
/** The views the tab bar lists to everyone; the privacy page is linked from the footer and from "Meine Behörde". */
export const TAB_VIEWS: ViewName[] = VIEWS.filter((v) => v !== 'privacy' && !ROLE_VIEWS.includes(v));

export type Term = 'all' | 'running' | 'ended';
export type DataScope = 'all' | 'real' | 'synthetic';
export type ColorMode = 'kind' | 'cluster';
export type { MemberBasis };
/** The heat map's order: networks that overlap grouped together, or by name. */
export type MatrixOrder = 'groups' | 'name';

export interface Filters {
  kinds: NodeKind[];
  topics: string[];
  level: string | null;
  land: string | null;
  typology: string | null;
  governance: string | null;
  term: Term;
  data: DataScope;
}

export interface ViewState {
  view: ViewName;
  lang: Lang;
  /** The selected node (its panel is open). */
  node: string | null;
  filters: Filters;
  /** Länder whose small authorities are shown one by one. */
  expand: string[];
  color: ColorMode;
  /** Overlap view: basis and the minimum shared members for an edge. */
  by: MemberBasis;
  min: number;
  order: MatrixOrder;
  /** Ego view: steps around the selected node. */
  depth: number;
  /** Path view: two authorities. */
  from: string | null;
  to: string | null;
  /** Innovation view: one kind or all. */
  innovationKind: string | null;
  /** "Meine Behörde" signed out: the authority whose counts are shown (signed in, it is one's own). */
  authority: string | null;
}
