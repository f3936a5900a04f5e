// The landscape as the API delivers it (Query.landscape) and as the graph carries it.

import type { Governance, LandscapeNodeKind, LandscapeQuery, Level, Typology } from '../../gql/graphql';
import { LANDSCAPE_NODE_KINDS } from '../api/enums';
import type { PersonCount } from '../personCount';

export type ApiLandscape = LandscapeQuery['landscape'];

/** The API's kinds plus the Land node that stands for aggregated small authorities. */
export type NodeKind = LandscapeNodeKind | 'Land';

export const NODE_KINDS: NodeKind[] = [...LANDSCAPE_NODE_KINDS, 'Land'];

export interface LandscapeNode {
  id: string;
  kind: NodeKind;
  label: string;
  name: string;
  members: number;
  /** Employees or participants; small counts withheld by the API (PersonCount). */
  persons: PersonCount;
  level?: Level | null;
  bundesland?: string | null;
  typology?: Typology | null;
  governance?: Governance | null;
  synthetic: boolean;
  umbrella?: boolean;
  /** For a Land node: the ids of the authorities it stands for. */
  aggregated?: string[];
  /** Position on the map the server computed (null where it has none yet). */
  x?: number | null;
  y?: number | null;
}

export interface LandscapeEdge {
  source: string;
  target: string;
  type: string;
  synthetic: boolean;
}

export interface Landscape {
  nodes: LandscapeNode[];
  edges: LandscapeEdge[];
  /** Positions of the Land nodes of the map's first level, by node id. */
  places?: Record<string, [number, number]>;
}

/** Node attributes in the graphology graph that sigma draws. */
export interface GraphNodeAttributes {
  label: string;
  fullName: string;
  kind: NodeKind;
  synthetic: boolean;
  members: number;
  /** Exact where the API tells it (GEXF exports carry it as an integer), else null … */
  persons: number | null;
  /** … and then whether it is fewer than 3 … */
  personsFewerThan3: boolean;
  /** … and the least it can be (the number where exact). */
  personsAtLeast: number;
  level?: string | null;
  bundesland?: string | null;
  color: string;
  size: number;
  x: number;
  y: number;
  aggregated?: number;
  /** Without a position from the server: a layout run places it. */
  unplaced?: boolean;
}
