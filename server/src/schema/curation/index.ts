// Curation in the app (docs/curation.md): coordinators keep the profile, topics and member
// authorities of the networks they coordinate up to date, administrators those of every network.
// Each change is checked (zod, as every argument of the schema), written in one transaction that
// first locks the network, compares the version the editor saw (`expectedVersion`) with the
// stored one and writes nothing on a difference (EDIT_CONFLICT, with the record as it is now), and
// writes its audit entry (who by pseudonym, when, the fields before and after) with the change.
// A change of topics or members rebuilds the derived overlap data, as an import's decision does.

import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Tx } from '../../db/index.js';
import { accountOf } from '../../people/viewer.js';
import { badInput, notFound } from '../common/errors.js';
import { today } from '../common/fields.js';
import { INPUTS } from '../people/input.js';
import { NetworkRef } from '../refs.js';

/** The profile fields a coordinator keeps (the classifications stay with imports and administrators' files). */
export const PROFILE_FIELDS = ['name', 'shortName', 'description', 'website', 'cadence', 'funding'] as const;
type ProfileField = (typeof PROFILE_FIELDS)[number];
type Profile = Partial<Record<ProfileField, string | null>>;

/** What lock-network returns: the record as stored, read under the network's lock. */
interface Locked {
  version: number;
  synthetic: boolean;
  fields: Profile;
  topics: string[];
  unknownTopics: string[];
  authorityName: string | null;
  membership: { since: string | null; source: string[] | null; synthetic: boolean } | null;
}

/** What a curated change becomes under the lock: a statement and its parameters, or null when nothing changes. */
interface Plan {
  statement: string;
  params: Record<string, unknown>;
  before: unknown;
  after: unknown;
  rebuild: 'derived' | 'nothing';
}

/** The stamp curated facts carry as their source: the editors, in which role, and the day (never a name: see docs/curation.md). */
export const STAMP_PREFIX = 'Netzwerkatlas-Redaktion';
const stampOf = (ctx: Context) => `${STAMP_PREFIX} (${ctx.viewer.admin ? 'Administration' : 'Koordination'}), ${today()}`;

/** Who edits, for the audit log: the viewer's person by pseudonym, else their sign-in account (an administrator without person record). */
function actorOf(ctx: Context): string {
  if (ctx.viewer.personId) return ctx.people.pseudonym(ctx.viewer.personId);
  return ctx.people.pseudonym(`account:${ctx.identity ? accountOf(ctx.identity) : 'none'}`);
}

/** The record as the second editor needs to see it: its version and what it holds now. */
const currentOf = (id: string, locked: Locked) => ({ id, version: locked.version, ...locked.fields, topics: locked.topics });

function conflict(id: string, locked: Locked): GraphQLError {
  return new GraphQLError(
    `Network '${id}' was changed by someone else meanwhile (now version ${locked.version}); nothing was written. ` +
      'Look at the current record (extensions.current) and send your change again with its version.',
    { extensions: { code: 'EDIT_CONFLICT', version: locked.version, current: currentOf(id, locked) } },
  );
}

/**
 * One curated change: lock the network, check the version, plan the write from what is stored,
 * write it with its audit entry, all in one transaction; then a new data version (cached answers
 * dropped) and, where memberships or topics changed, the derived data rebuilt.
 */
async function curate(
  ctx: Context,
  id: string,
  expectedVersion: number,
  ask: { topics?: string[]; authority?: string },
  plan: (locked: Locked) => Plan | null,
): Promise<string> {
  const rebuild = await ctx.db.writeTransaction(
    async (tx: Tx) => {
      const [locked] = await tx.run<Locked>('curation/lock-network', { id, topics: ask.topics ?? [], authority: ask.authority ?? '' });
      if (!locked) throw notFound('Network', id);
      if (locked.version !== expectedVersion) throw conflict(id, locked);
      const change = plan(locked);
      if (!change) return null;
      await tx.run(change.statement, {
        ...change.params,
        id,
        version: locked.version + 1,
        actor: actorOf(ctx),
        before: JSON.stringify(change.before),
        after: change.after === null ? null : JSON.stringify(change.after),
      });
      return change.rebuild;
    },
    { timeoutMs: Math.max(1, ctx.deadline - Date.now()) },
  );
  if (rebuild) {
    // A new data version for every change (cached answers hold the old record), and the derived
    // data rebuilt where memberships or topics changed.
    await ctx.people.changed(rebuild);
    ctx.loaders.clear();
    NetworkRef.getDataloader(ctx).clear(id);
  }
  return id;
}

// The checks of the arguments (BAD_USER_INPUT naming the argument, nothing written).
// null clears a field as empty text does.
const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`).nullish();
const httpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};
const CHECKS = {
  network: INPUTS.network,
  expectedVersion: z.number().int().min(0, 'expectedVersion is a version the API told (0 or more)'),
  name: z.string().trim().min(1, 'name must not be empty').max(200, 'at most 200 characters'),
  shortName: text(60),
  description: text(4000),
  website: z
    .string()
    .trim()
    .max(500, 'at most 500 characters')
    .refine((v) => v === '' || httpUrl(v), 'website must be an address like https://example.org')
    .nullish(),
  cadence: text(300),
  funding: text(500),
  // Topic ids are checked against the stored topics (unknown ones are refused by name).
  topics: z.array(z.string().max(200, 'at most 200 characters')).max(50, 'at most 50 topics'),
  authority: INPUTS.authority,
  since: INPUTS.since,
  source: z.string().trim().min(3, 'a source names a document, a list or a page').max(300, 'at most 300 characters'),
};

const idOf = (value: string | number) => String(value);
/** An ID argument (a string, or a number as GraphQL allows) checked as one of INPUTS' ids. */
const idCheck = (check: z.ZodType<string, string>) => z.union([z.string(), z.number()]).transform(String).pipe(check);

builder.mutationFields((t) => ({
  updateNetwork: t.field({
    type: NetworkRef,
    description:
      "Curation: a network's profile (administrators: every network; coordinators: the ones they coordinate). Only the " +
      'fields given change; an empty text clears a field (not the name). expectedVersion is the version the editor saw: ' +
      'if the network changed since, nothing is written and the error EDIT_CONFLICT carries the record as it is now. ' +
      'Sending what is already stored changes nothing.',
    authScopes: (_root, args) => ({ admin: true, coordinatorOf: idOf(args.id) }),
    args: {
      id: t.arg.id({ required: true, validate: idCheck(CHECKS.network) }),
      expectedVersion: t.arg.int({ required: true, validate: CHECKS.expectedVersion }),
      name: t.arg.string({ validate: CHECKS.name }),
      shortName: t.arg.string({ validate: CHECKS.shortName }),
      description: t.arg.string({ validate: CHECKS.description }),
      website: t.arg.string({ validate: CHECKS.website }),
      cadence: t.arg.string({ validate: CHECKS.cadence }),
      funding: t.arg.string({ validate: CHECKS.funding }),
    },
    resolve: (_root, args, ctx) => {
      const given: Profile = {};
      for (const field of PROFILE_FIELDS) {
        const value = args[field];
        if (value === undefined) continue;
        if (value === null && field === 'name') throw badInput('name must not be empty', 'name');
        const trimmed = value?.trim() ?? '';
        given[field] = trimmed === '' ? null : trimmed;
      }
      return curate(ctx, idOf(args.id), args.expectedVersion, {}, (locked) => {
        const changes = Object.fromEntries(
          Object.entries(given).filter(([field, value]) => (locked.fields[field as ProfileField] ?? null) !== value),
        ) as Profile;
        const fields = Object.keys(changes) as ProfileField[];
        if (fields.length === 0) return null;
        return {
          statement: 'curation/update-network',
          params: { changes, stamp: stampOf(ctx), stampPrefix: STAMP_PREFIX },
          before: Object.fromEntries(fields.map((f) => [f, locked.fields[f] ?? null])),
          after: changes,
          rebuild: 'nothing',
        };
      });
    },
  }),
  setNetworkTopics: t.field({
    type: NetworkRef,
    description:
      'Curation: the topics a network covers, as the whole list (rights, expectedVersion and EDIT_CONFLICT as for updateNetwork). ' +
      'Unknown topic ids are refused.',
    authScopes: (_root, args) => ({ admin: true, coordinatorOf: idOf(args.id) }),
    args: {
      id: t.arg.id({ required: true, validate: idCheck(CHECKS.network) }),
      expectedVersion: t.arg.int({ required: true, validate: CHECKS.expectedVersion }),
      topics: t.arg.idList({ required: true, validate: z.array(z.union([z.string(), z.number()]).transform(String)).pipe(CHECKS.topics) }),
    },
    resolve: (_root, args, ctx) => {
      const topics = [...new Set(args.topics.map(String))].sort();
      return curate(ctx, idOf(args.id), args.expectedVersion, { topics }, (locked) => {
        if (locked.unknownTopics.length > 0) throw badInput(`unknown topic: ${locked.unknownTopics.join(', ')}`, 'topics');
        if (topics.join('|') === locked.topics.join('|')) return null;
        return {
          statement: 'curation/set-network-topics',
          params: { topics, stamp: stampOf(ctx) },
          before: { topics: locked.topics },
          after: { topics },
          rebuild: 'derived',
        };
      });
    },
  }),
  addNetworkMember: t.field({
    type: NetworkRef,
    description:
      'Curation: an authority is a member of the network (rights, expectedVersion and EDIT_CONFLICT as for updateNetwork). ' +
      'The membership is a fact, not Beispieldaten: it carries `source` (a list, page or document the editor names; without ' +
      'one, the editors themselves, "Netzwerkatlas-Redaktion (Koordination), <date>"). Adding a member that is one already ' +
      'replaces its since and source. The derived overlap data is rebuilt.',
    authScopes: (_root, args) => ({ admin: true, coordinatorOf: idOf(args.id) }),
    args: {
      id: t.arg.id({ required: true, validate: idCheck(CHECKS.network) }),
      expectedVersion: t.arg.int({ required: true, validate: CHECKS.expectedVersion }),
      authority: t.arg.id({ required: true, validate: idCheck(CHECKS.authority) }),
      since: t.arg.string({ description: 'ISO date the membership began (not in the future).', validate: CHECKS.since }),
      source: t.arg.string({ description: 'Where the fact comes from (a list, page or document).', validate: CHECKS.source }),
    },
    resolve: (_root, args, ctx) => {
      const authority = idOf(args.authority);
      return curate(ctx, idOf(args.id), args.expectedVersion, { authority }, (locked) => {
        if (!locked.authorityName) throw notFound('Authority', authority);
        // An existing membership that is a fact keeps its since and source unless new ones are given.
        const m = locked.membership;
        const fact = m && !m.synthetic ? m : null;
        const source = args.source?.trim() ? [args.source.trim()] : (fact?.source ?? [stampOf(ctx)]);
        const since = args.since ?? fact?.since ?? null;
        if (fact && fact.since === since && (fact.source ?? []).join('|') === source.join('|')) return null;
        return {
          statement: 'curation/add-network-member',
          params: { authority, since, source },
          before: m ? { authority, ...m } : null,
          after: { authority, since, source, synthetic: false },
          rebuild: 'derived',
        };
      });
    },
  }),
  removeNetworkMember: t.field({
    type: NetworkRef,
    description:
      'Curation: an authority is no longer a member of the network (rights, expectedVersion and EDIT_CONFLICT as for ' +
      'updateNetwork); the audit entry keeps what the membership was. The derived overlap data is rebuilt.',
    authScopes: (_root, args) => ({ admin: true, coordinatorOf: idOf(args.id) }),
    args: {
      id: t.arg.id({ required: true, validate: idCheck(CHECKS.network) }),
      expectedVersion: t.arg.int({ required: true, validate: CHECKS.expectedVersion }),
      authority: t.arg.id({ required: true, validate: idCheck(CHECKS.authority) }),
    },
    resolve: (_root, args, ctx) => {
      const authority = idOf(args.authority);
      return curate(ctx, idOf(args.id), args.expectedVersion, { authority }, (locked) => {
        if (!locked.membership) throw notFound('Membership', `${authority} ${idOf(args.id)}`);
        return {
          statement: 'curation/remove-network-member',
          params: { authority },
          before: { authority, ...locked.membership },
          after: null,
          rebuild: 'derived',
        };
      });
    },
  }),
}));
