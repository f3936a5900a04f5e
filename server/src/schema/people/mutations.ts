// Self-service mutations (a person's own participations, consent and data) and their
// counterparts for administrators acting on request. Each is one Cypher statement that makes the
// change and writes its audit entry together (cypher/people/); each is idempotent (the same call
// again changes nothing and says so); what may be called by whom is the scopes' (builder.ts).
// After a change: a new data version, cached answers dropped (people/changes.ts).

import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { accountOf, viewerOf } from '../../people/viewer.js';
import type { Visibility } from '../../privacy.js';
import { badInput, notFound } from '../common/errors.js';
import { today } from '../common/fields.js';
import { VisibilityEnum } from '../common/types.js';
import type { AdoptionRow, ParticipationRow, PersonRow } from '../refs.js';
import { oneTarget, valid } from './input.js';
import {
  AdoptionReportRef,
  ChangeResultRef,
  ErasureRef,
  JsonRef,
  MeRef,
  ParticipationRoleEnum,
  PersonChangeRef,
  VisibilityChangeRef,
} from './types.js';

/** Who makes a change, for the audit log: the viewer's person, else their sign-in account (an administrator without a person record). */
function actorOf(ctx: Context): string {
  if (ctx.viewer.personId) return ctx.people.pseudonym(ctx.viewer.personId);
  return ctx.people.pseudonym(`account:${ctx.identity ? accountOf(ctx.identity) : 'none'}`);
}

/** The parameters every audited statement takes: the actor, and the subject (the person changed) by pseudonym. */
function audit(ctx: Context, person: string) {
  return { actor: actorOf(ctx), subject: ctx.people.pseudonym(person) };
}

/** The viewer's own person id (the `person` scope guarantees one). */
const own = (ctx: Context) => ctx.viewer.personId as string;

async function setVisibility(
  ctx: Context,
  person: string,
  args: { network?: string | number | null; event?: string | number | null; visibility: Visibility },
  author: 'self' | 'admin',
) {
  const { kind, target } = oneTarget(args);
  const [row] = await ctx.db.write<{ changed: boolean; refused: boolean; visibility: string }>('people/set-visibility', {
    person,
    kind,
    target,
    visibility: args.visibility,
    onlyNarrow: author === 'admin',
    author,
    ...audit(ctx, person),
  });
  if (!row) throw notFound(kind === 'ATTENDED' ? 'Attendance' : 'Participation', target);
  if (row.refused) {
    throw new GraphQLError('Only the person may widen who sees their participation; an administrator may only narrow it.', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  // Who may see a participation changes the size a group has for anonymous viewers, so its rank.
  if (row.changed) await ctx.people.changed('ranks');
  return { changed: row.changed, visibility: row.visibility };
}

async function correct(ctx: Context, person: string, args: { name?: string | null; jobTitle?: string | null }) {
  const name = args.name == null ? null : valid('name', 'name', args.name);
  const jobTitle = args.jobTitle == null ? null : valid('jobTitle', 'jobTitle', args.jobTitle);
  if (name === null && jobTitle === null) throw badInput('name or jobTitle must be given', 'name');
  const [row] = await ctx.db.write<{ changed: boolean; person: PersonRow }>('people/correct-person', {
    person,
    name,
    jobTitle,
    ...audit(ctx, person),
  });
  if (!row) throw notFound('Person', person);
  if (row.changed) await ctx.people.changed('nothing');
  return row;
}

async function exportData(ctx: Context, person: string) {
  const [row] = await ctx.db.write<Record<string, unknown>>('people/export-person', { person, ...audit(ctx, person) });
  if (!row) throw notFound('Person', person);
  return { exportedAt: new Date().toISOString(), ...row };
}

async function erase(ctx: Context, person: string) {
  const [row] = await ctx.db.write<{ erased: boolean }>('people/erase-person', { person, ...audit(ctx, person) });
  if (!row) return { erased: false };
  await ctx.people.changed('derived');
  return { erased: true };
}

builder.mutationFields((t) => ({
  joinAuthority: t.field({
    type: MeRef,
    description:
      "Without a person record: link myself to an authority whose configured email domains hold my verified email's " +
      'domain (a person record is made for me, working there). Idempotent: with a person record it changes nothing.',
    authScopes: { signedIn: true },
    args: { authority: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const identity = ctx.identity;
      if (!identity) throw new Error('joinAuthority: the signedIn scope let an anonymous request through');
      const me = () => ({ viewer: ctx.viewer, email: identity.email, emailVerified: identity.emailVerified, name: identity.name });
      if (ctx.viewer.personId) return me();
      const authority = valid('authority', 'authority', String(args.authority));
      const email = identity.emailVerified && identity.email ? identity.email.toLowerCase() : null;
      if (!email) throw badInput('joining an authority needs an email address the identity provider verified', 'authority');
      const person = `person:${randomUUID()}`;
      const [row] = await ctx.db.write<{ id: string }>('people/join-authority', {
        authority,
        domain: email.slice(email.lastIndexOf('@') + 1),
        email,
        account: accountOf(identity),
        name: identity.name ?? email.slice(0, email.indexOf('@')),
        person,
        today: today(),
        actor: ctx.people.pseudonym(person),
        subject: ctx.people.pseudonym(person),
      });
      if (!row) throw badInput("this authority's email domains do not hold the domain of your email", 'authority');
      await ctx.people.changed('derived');
      ctx.viewer = await viewerOf(ctx.db, identity, { subjects: [], emails: [] }, ctx.people.pseudonym).then((v) => ({
        ...v,
        admin: ctx.viewer.admin,
      }));
      ctx.loaders.clear();
      return me();
    },
  }),
  declareParticipation: t.field({
    type: ChangeResultRef,
    description:
      '"Ich nehme teil": I take part in a network, with a role, since when, and who may see it (default PRIVATE: counted ' +
      'only). Declaring the same again changes nothing; declaring an ended participation takes it up again.',
    authScopes: { person: true },
    args: {
      network: t.arg.id({ required: true }),
      role: t.arg({ type: ParticipationRoleEnum, defaultValue: 'MEMBER' }),
      since: t.arg.string({ description: 'ISO date, not in the future; default today.' }),
      visibility: t.arg({ type: VisibilityEnum, defaultValue: 'PRIVATE' }),
    },
    resolve: async (_root, args, ctx) => {
      const person = own(ctx);
      const network = valid('network', 'network', String(args.network));
      const since = args.since == null ? today() : valid('since', 'since', args.since);
      const [row] = await ctx.db.write<{ changed: boolean; participation: ParticipationRow }>('people/declare-participation', {
        person,
        network,
        role: args.role ?? 'MEMBER',
        since,
        visibility: args.visibility ?? 'PRIVATE',
        author: 'self',
        ...audit(ctx, person),
      });
      if (!row) throw notFound('Network', network);
      if (row.changed) await ctx.people.changed('derived');
      return row;
    },
  }),
  endParticipation: t.field({
    type: ChangeResultRef,
    description: 'My participation in a network ends (until, default today). The same date again changes nothing.',
    authScopes: { person: true },
    args: { network: t.arg.id({ required: true }), until: t.arg.string({ description: 'ISO date; default today.' }) },
    resolve: async (_root, args, ctx) => {
      const person = own(ctx);
      const network = valid('network', 'network', String(args.network));
      const until = args.until == null ? today() : valid('until', 'until', args.until);
      const [row] = await ctx.db.write<{ changed: boolean; participation: ParticipationRow }>('people/end-participation', {
        person,
        network,
        until,
        author: 'self',
        ...audit(ctx, person),
      });
      if (!row) throw notFound('Participation', network);
      if (row.changed) await ctx.people.changed('nothing');
      return row;
    },
  }),
  setVisibility: t.field({
    type: VisibilityChangeRef,
    description:
      'Who may see one of my participations (network) or attendances (event): PRIVATE, AUTHORITY, NETWORK or PUBLIC. ' +
      'Only I can set mine; the same value again changes nothing.',
    authScopes: { person: true },
    args: { network: t.arg.id(), event: t.arg.id(), visibility: t.arg({ type: VisibilityEnum, required: true }) },
    resolve: (_root, args, ctx) => setVisibility(ctx, own(ctx), args, 'self'),
  }),
  reportAdoption: t.field({
    type: AdoptionReportRef,
    description:
      'My authority adopted an innovation that emerged in a network: counted by innovationTransfer, marked as reported ' +
      'by me and when. Reporting a known adoption again changes nothing.',
    authScopes: { staff: true },
    args: { innovation: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const innovation = valid('innovation', 'innovation', String(args.innovation));
      const note = args.note == null ? null : valid('note', 'note', args.note);
      const [row] = await ctx.db.write<{ created: boolean; adoption: AdoptionRow }>('people/report-adoption', {
        innovation,
        authority: ctx.viewer.authorityId,
        person: ctx.viewer.personId,
        note,
        ...audit(ctx, ctx.viewer.personId ?? 'none'),
      });
      if (!row) throw notFound('Innovation', innovation);
      if (row.created) await ctx.people.changed('derived');
      return row;
    },
  }),
  correctMyData: t.field({
    type: PersonChangeRef,
    description: 'Correct my own name or job title (Art. 16 GDPR). The same values again change nothing.',
    authScopes: { person: true },
    args: { name: t.arg.string(), jobTitle: t.arg.string() },
    resolve: (_root, args, ctx) => correct(ctx, own(ctx), args),
  }),
  exportMyData: t.field({
    type: JsonRef,
    description: 'Everything stored about me, as one JSON document (Art. 15 and 20 GDPR).',
    authScopes: { person: true },
    resolve: (_root, _args, ctx) => exportData(ctx, own(ctx)),
  }),
  eraseMe: t.field({
    type: ErasureRef,
    description:
      'Erase me (Art. 17 GDPR): my person record, all my participations, attendances and sign-in sessions, and every ' +
      'cached answer that held them. The audit log keeps only that a pseudonymous person was erased. Again: erased false.',
    authScopes: { signedIn: true },
    args: { confirm: t.arg.boolean({ required: true, description: 'Must be true.' }) },
    resolve: async (_root, args, ctx) => {
      if (args.confirm !== true) throw badInput('confirm must be true', 'confirm');
      if (!ctx.viewer.personId) return { erased: false };
      return erase(ctx, ctx.viewer.personId);
    },
  }),

  // Administrators, on a person's request.
  exportPersonData: t.field({
    type: JsonRef,
    description: 'Administrators, on request: everything stored about a person.',
    authScopes: { admin: true },
    args: { person: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => exportData(ctx, valid('person', 'person', String(args.person))),
  }),
  erasePerson: t.field({
    type: ErasureRef,
    description: 'Administrators, on request: erase a person as eraseMe does.',
    authScopes: { admin: true },
    args: { person: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => erase(ctx, valid('person', 'person', String(args.person))),
  }),
  correctPersonData: t.field({
    type: PersonChangeRef,
    description: "Administrators, on request: correct a person's name or job title.",
    authScopes: { admin: true },
    args: { person: t.arg.id({ required: true }), name: t.arg.string(), jobTitle: t.arg.string() },
    resolve: (_root, args, ctx) => correct(ctx, valid('person', 'person', String(args.person)), args),
  }),
  narrowVisibility: t.field({
    type: VisibilityChangeRef,
    description: "Administrators, on request: narrow who sees a person's participation or attendance (never widen it).",
    authScopes: { admin: true },
    args: {
      person: t.arg.id({ required: true }),
      network: t.arg.id(),
      event: t.arg.id(),
      visibility: t.arg({ type: VisibilityEnum, required: true }),
    },
    resolve: (_root, args, ctx) => setVisibility(ctx, valid('person', 'person', String(args.person)), args, 'admin'),
  }),
  setInnovationOffice: t.field({
    type: 'Boolean',
    description: "Administrators: make a person their authority's innovation office (counts only), or take it back. Returns the new state.",
    authScopes: { admin: true },
    args: { person: t.arg.id({ required: true }), office: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const person = valid('person', 'person', String(args.person));
      const [row] = await ctx.db.write<{ changed: boolean; office: boolean }>('people/set-roles', {
        person,
        office: args.office,
        ...audit(ctx, person),
      });
      if (!row) throw notFound('Person', person);
      if (row.changed) await ctx.people.changed('nothing');
      return row.office;
    },
  }),
}));
