// The landscape as the map draws it: nodes with weights, and the edges between them. Persons
// are counted into their authorities and networks (a PersonCount), never listed here.

import { builder } from '../../builder.js';
import { readRows } from '../common/loaders.js';
import { PersonCountRef, personCount } from '../common/privacy.js';
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
  }),
});

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
      resolve: (args, _a, ctx) => readRows<LandscapeNodeRow>(ctx, 'landscape/landscape-nodes', { includeSynthetic: args.includeSynthetic }),
    }),
    edges: t.field({
      type: [LandscapeEdge],
      resolve: (args, _a, ctx) => readRows<LandscapeEdgeRow>(ctx, 'landscape/landscape-edges', { includeSynthetic: args.includeSynthetic }),
    }),
  }),
});
