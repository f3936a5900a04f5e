// The landscape as the map draws it: nodes with weights, and the edges between them. Persons
// are counted into their authorities and networks (a PersonCount), never listed here.

import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { readRows } from '../common/loaders.js';
import { PersonCountRef, type PersonCountShape, personCount } from '../common/privacy.js';
import { type EnumValue, GovernanceEnum, LevelEnum, TypologyEnum } from '../common/types.js';

export interface LandscapeArgs {
  includeSynthetic: boolean;
}

export const LandscapeNodeKindEnum = builder.enumType('LandscapeNodeKind', {
  description: 'The kinds of node the map draws, named as their types.',
  values: ['Network', 'UmbrellaOrganisation', 'Authority', 'Topic', 'Innovation'] as const,
});

interface LandscapeNodeRow {
  id: string;
  kind: EnumValue<typeof LandscapeNodeKindEnum>;
  label: string;
  name: string;
  members: number;
  persons: number;
  hiddenPersons: number;
  synthetic: boolean;
  umbrella: boolean;
  level: string | null;
  bundesland: string | null;
  typology: string | null;
  governance: string | null;
  x?: number | null;
  y?: number | null;
}

interface LandscapeEdgeRow {
  source: string;
  target: string;
  type: string;
  synthetic: boolean;
  sources: string[];
}

const LandscapeNode = builder.objectRef<LandscapeNodeRow>('LandscapeNode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: LandscapeNodeKindEnum }),
    label: t.exposeString('label', { description: 'Short name where there is one.' }),
    name: t.exposeString('name'),
    members: t.exposeInt('members', { description: 'Weight: members, networks, covering networks or adopters, by kind.' }),
    persons: t.field({
      type: PersonCountRef,
      description: 'Persons aggregated into this node (employees or participants), including those the viewer may not see.',
      resolve: (n) => personCount(n.persons, n.hiddenPersons),
    }),
    synthetic: t.exposeBoolean('synthetic'),
    umbrella: t.exposeBoolean('umbrella', { description: 'Also an umbrella organisation (for authorities like BMI).' }),
    level: t.field({ type: LevelEnum, nullable: true, resolve: (n) => (n.level as EnumValue<typeof LevelEnum>) ?? null }),
    bundesland: t.exposeString('bundesland', { nullable: true }),
    typology: t.field({ type: TypologyEnum, nullable: true, resolve: (n) => (n.typology as EnumValue<typeof TypologyEnum>) ?? null }),
    governance: t.field({
      type: GovernanceEnum,
      nullable: true,
      resolve: (n) => (n.governance as EnumValue<typeof GovernanceEnum>) ?? null,
    }),
    x: t.float({
      nullable: true,
      description: 'Position on the map, computed once after each load (null before the first).',
      resolve: (n) => n.x ?? null,
    }),
    y: t.float({ nullable: true, description: 'See x.', resolve: (n) => n.y ?? null }),
  }),
});

interface LandPositionRow {
  bundesland: string;
  x: number;
  y: number;
}

const LandPosition = builder.objectRef<LandPositionRow>('LandPosition').implement({
  description: "Where the map draws the node that stands for a Land's authorities on its first level.",
  fields: (t) => ({
    bundesland: t.exposeString('bundesland'),
    x: t.exposeFloat('x'),
    y: t.exposeFloat('y'),
  }),
});

type Layout = Map<string, [number, number]>;

/** The positions the last load computed (cypher/derive/store-layout.cypher), read once per request. */
function layoutOf(ctx: Context): Promise<Layout> {
  const key = 'landscape/landscape-layout';
  let layout = ctx.loaders.get(key) as Promise<Layout> | undefined;
  if (!layout) {
    layout = readRows<{ ids: string[]; x: number[]; y: number[] }>(ctx, key).then(([row]) => {
      const positions: Layout = new Map();
      row?.ids.forEach((id, i) => {
        positions.set(id, [row.x[i] as number, row.y[i] as number]);
      });
      return positions;
    });
    ctx.loaders.set(key, layout);
  }
  return layout;
}

const LandscapeEdge = builder.objectRef<LandscapeEdgeRow>('LandscapeEdge').implement({
  fields: (t) => ({
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.exposeString('type'),
    synthetic: t.exposeBoolean('synthetic', {
      description: 'True for invented demo data (Beispieldaten), false for facts from the sources.',
    }),
    sourceIds: t.exposeIDList('sources', {
      description: 'The ids of the documents this relation was read from (Query.sources; empty for Beispieldaten).',
    }),
  }),
});

export const LandscapeRef = builder.objectRef<LandscapeArgs>('Landscape').implement({
  fields: (t) => ({
    nodes: t.field({
      type: [LandscapeNode],
      resolve: async (args, _a, ctx) => {
        const [rows, layout] = await Promise.all([
          readRows<LandscapeNodeRow>(ctx, 'landscape/landscape-nodes', { includeSynthetic: args.includeSynthetic }),
          layoutOf(ctx),
        ]);
        for (const row of rows) {
          const at = layout.get(row.id);
          if (at) [row.x, row.y] = at;
        }
        return rows;
      },
    }),
    landPositions: t.field({
      type: [LandPosition],
      description: "Positions of the nodes that stand for each Land's authorities on the map's first level.",
      resolve: async (_args, _a, ctx) =>
        [...(await layoutOf(ctx))].flatMap(([id, [x, y]]) => (id.startsWith('land:') ? [{ bundesland: id.slice(5), x, y }] : [])),
    }),
    edges: t.field({
      type: [LandscapeEdge],
      resolve: (args, _a, ctx) => readRows<LandscapeEdgeRow>(ctx, 'landscape/landscape-edges', { includeSynthetic: args.includeSynthetic }),
    }),
  }),
});

interface CoverageCountRow {
  kind: string;
  real: number;
  synthetic: number;
  /** Of those, concerning persons the viewer may not see (persons and their relations only). */
  hiddenReal: number;
  hiddenSynthetic: number;
}

export interface CoverageRow {
  nodes: CoverageCountRow[];
  relations: CoverageCountRow[];
}

/** Kinds that count persons: their numbers are PersonCounts (small ones withheld). */
const PERSON_KINDS = new Set(['Person', 'WORKS_AT', 'PARTICIPATES_IN', 'ATTENDED']);

const CoverageCount = builder.objectRef<CoverageCountRow>('CoverageCount').implement({
  description: 'How many of one kind come from the sources and how many are Beispieldaten.',
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description: 'A node kind (Network …) or a relation type (MEMBER_OF; MEMBER_OF:Authority counts memberships of authorities).',
    }),
    real: t.exposeInt('real', { description: 'From the sources.' }),
    synthetic: t.exposeInt('synthetic', { description: 'Beispieldaten.' }),
  }),
});

interface PersonCoverageRow {
  kind: string;
  real: PersonCountShape;
  synthetic: PersonCountShape;
}

const PersonCoverageCount = builder.objectRef<PersonCoverageRow>('PersonCoverageCount').implement({
  description: 'Persons, or relations of persons, from the sources and as Beispieldaten; 1 or 2 are not told exactly.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'Person, or WORKS_AT, PARTICIPATES_IN, ATTENDED.' }),
    real: t.field({ type: PersonCountRef, resolve: (c) => c.real }),
    synthetic: t.field({ type: PersonCountRef, resolve: (c) => c.synthetic }),
  }),
});

const personCoverage = (rows: CoverageCountRow[]): PersonCoverageRow[] =>
  rows
    .filter((r) => PERSON_KINDS.has(r.kind))
    .map((r) => ({ kind: r.kind, real: personCount(r.real, r.hiddenReal), synthetic: personCount(r.synthetic, r.hiddenSynthetic) }));

export const CoverageRef = builder.objectRef<CoverageRow>('Coverage').implement({
  description: 'What the data covers: per kind of node and relation, how much is from the sources and how much Beispieldaten.',
  fields: (t) => ({
    nodes: t.field({ type: [CoverageCount], resolve: (c) => c.nodes.filter((r) => !PERSON_KINDS.has(r.kind)) }),
    relations: t.field({ type: [CoverageCount], resolve: (c) => c.relations.filter((r) => !PERSON_KINDS.has(r.kind)) }),
    persons: t.field({
      type: [PersonCoverageCount],
      description: 'Persons and the relations of persons, counted so that small numbers single no one out.',
      resolve: (c) => [...personCoverage(c.nodes), ...personCoverage(c.relations)],
    }),
  }),
});
