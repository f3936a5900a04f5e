// duplicateParticipation: several persons of one authority in the same network (inNetworks) or
// at the same event (atEvents). Without authority or network filters each list reads the ranking
// derived at load, else it is ranked on the spot (server/src/derived/questions.ts:
// overlap/duplicate-participation[-ranked], overlap/duplicate-attendance[-ranked]).

import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { builder } from '../../../builder.js';
import type { Context } from '../../../context.js';
import { type ConnectionArgs, pagedConnection } from '../../common/paging.js';
import { PersonCountRef, personCount } from '../../common/privacy.js';
import { selectsOnly } from '../../common/selection.js';
import {
  AuthorityRef,
  EventRef,
  type EventRow,
  NetworkRef,
  type NetworkRow,
  type OrganisationRow,
  PersonRef,
  type PersonRow,
} from '../../refs.js';
import { DATA_SCOPE, NETWORKS_SCOPE, scope } from '../args.js';
import { derivedPage } from '../derived.js';

interface DuplicateArgs {
  authority: string | null;
  network: string | null;
  networks: string[] | null;
  synthetic: boolean | null;
  minPersons: number;
  maxPersons: number;
}

/**
 * A group of colleagues as the statements read it (cypher/overlap/duplicate-*.cypher): the
 * persons the viewer may see (with every property only when the query asks for more than their
 * ids), how many the group has, and how many of those the viewer may not see.
 */
interface DuplicateGroupRow {
  authority: OrganisationRow;
  personCount: number;
  hiddenCount: number;
  persons: PersonRow[];
}

export interface DuplicateInNetworkRow extends DuplicateGroupRow {
  network: NetworkRow;
}

export interface DuplicateAtEventRow extends DuplicateGroupRow {
  event: EventRow;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What a group of persons of one authority shows, in a network or at an event alike. */
function groupFields<T extends DuplicateGroupRow>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    personCount: t.field({
      type: PersonCountRef,
      description: 'All persons of the group, including those the viewer may not see.',
      resolve: (d) => personCount(d.personCount, d.hiddenCount),
    }),
    hiddenCount: t.field({
      type: PersonCountRef,
      description: 'Persons of the group the viewer may not see: counted, never listed.',
      resolve: (d) => personCount(d.hiddenCount, d.hiddenCount),
    }),
    persons: t.field({
      type: [PersonRef],
      description: 'The persons of the group the viewer may see, by id (at most maxPersons).',
      resolve: (d) => d.persons,
    }),
  };
}

const DuplicateInNetworkRef = builder.objectRef<DuplicateInNetworkRow>('DuplicateInNetwork').implement({
  description: 'Several persons of one authority who take part in the same network.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, resolve: (d) => d.authority }),
    network: t.field({ type: NetworkRef, resolve: (d) => d.network }),
    ...groupFields(t),
  }),
});

const DuplicateAtEventRef = builder.objectRef<DuplicateAtEventRow>('DuplicateAtEvent').implement({
  description: 'Several persons of one authority who attended the same event.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, resolve: (d) => d.authority }),
    event: t.field({ type: EventRef, resolve: (d) => d.event }),
    ...groupFields(t),
  }),
});

/** What a person needs from the database when a query asks only for these fields. */
const PERSON_ID_FIELDS = ['id', 'authority'];

/** One list of the report. Persons come with every property only when the query asks for more than their id (a page holds up to 2,000 persons). */
const duplicateGroups =
  (question: 'duplicateParticipation' | 'duplicateAttendance') =>
  (args: DuplicateArgs, page: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const personDetails = !selectsOnly(info, ['edges', 'node', 'persons'], PERSON_ID_FIELDS);
    return pagedConnection(page, (p) => derivedPage(ctx, question, { ...args, personDetails }, p));
  };

const DuplicateReportRef = builder.objectRef<DuplicateArgs>('DuplicateParticipationReport').implement({
  description: 'Persons of one authority who take part in the same network, or attended the same event.',
  fields: (t) => ({
    inNetworks: t.connection(
      { type: DuplicateInNetworkRef, resolve: duplicateGroups('duplicateParticipation') },
      { name: 'DuplicateInNetworkConnection' },
    ),
    atEvents: t.connection(
      { type: DuplicateAtEventRef, resolve: duplicateGroups('duplicateAttendance') },
      { name: 'DuplicateAtEventConnection' },
    ),
  }),
});

const MAX_PERSONS = 'maxPersons must be between 1 and 1000';

builder.queryFields((t) => ({
  duplicateParticipation: t.field({
    type: DuplicateReportRef,
    description: 'Several persons of one authority in the same network or at the same event (possibly uncoordinated).',
    args: {
      authority: t.arg.id(),
      network: t.arg.id(),
      networks: t.arg.idList(NETWORKS_SCOPE),
      synthetic: t.arg.boolean(DATA_SCOPE),
      minPersons: t.arg.int({ defaultValue: 2, validate: z.number().min(2, 'minPersons must be at least 2') }),
      maxPersons: t.arg.int({
        defaultValue: 100,
        validate: z.number().min(1, MAX_PERSONS).max(1000, MAX_PERSONS),
        description:
          'At most this many persons listed per group, by id (only persons the viewer may see; personCount counts them all); up to 1000.',
      }),
    },
    resolve: (_root, args) => {
      const minPersons = args.minPersons ?? 2;
      const maxPersons = args.maxPersons ?? 100;
      return {
        authority: args.authority == null ? null : String(args.authority),
        network: args.network == null ? null : String(args.network),
        networks: scope(args.networks),
        synthetic: args.synthetic ?? null,
        minPersons,
        maxPersons,
      };
    },
  }),
}));
