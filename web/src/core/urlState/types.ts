// What a view is: everything a shared link must carry to show the same thing again.

import type { MemberBasis } from '../../gql/graphql';
import type { Lang } from '../i18n/types';
import type { NodeKind } from '../landscape/types';

export type ViewName = 'landscape' | 'overlap' | 'ego' | 'path' | 'innovations' | 'table' | 'about';
export const VIEWS: ViewName[] = ['landscape', 'overlap', 'ego', 'path', 'innovations', 'table', 'about'];

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
}
