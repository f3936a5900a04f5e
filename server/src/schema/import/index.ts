// Imports from the web app and the review list. An administrator imports any kind; a network's
// coordinator the memberships and participations of the networks they coordinate. The file comes
// by POST /import/upload (http.ts); `previewImport` checks it (a dry run, every problem by line
// and column), `confirmImport` imports it, and the app polls `importJob` for the progress. Review
// items (uncertain authority matches) are decided by administrators; each decision and each
// import is in the audit log (cypher/import/audit.cypher, record-run.cypher).

import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { type ImportReport, KINDS, type Kind } from '../../import/index.js';
import { COORDINATOR_KINDS, confirmJob, type ImportJob, importSettings, jobOf, startPreview, uploadOf } from '../../import/jobs.js';
import { describe } from '../../import/problems.js';
import { acceptReview, listReview, type ReviewEntry, ReviewError, rejectReview, undoReview } from '../../import/review.js';
import { accountOf } from '../../people/viewer.js';
import { badInput, notFound } from '../common/errors.js';

const ImportKindEnum = builder.enumType('ImportKind', {
  description: 'What a file holds (docs/import.md has the column layout of each).',
  values: Object.fromEntries(KINDS.map((k) => [k.toUpperCase(), { value: k }])) as Record<string, { value: Kind }>,
});

const JobStateEnum = builder.enumType('ImportJobState', {
  description: 'Where an import from the app stands.',
  values: {
    CHECKING: { description: 'The file is being read and checked (nothing is written).' },
    PREVIEW: { description: 'Checked: the preview is ready to confirm.' },
    IMPORTING: { description: 'Confirmed: the rows are being staged and published.' },
    DONE: { description: 'Imported whole.' },
    REFUSED: { description: 'Refused: the problems say why; nothing was written.' },
    FAILED: { description: 'Failed (the error says whether to try again); nothing was written.' },
  } as const,
});

const ReviewStatusEnum = builder.enumType('ImportReviewStatus', {
  values: ['OPEN', 'ACCEPTED', 'REJECTED', 'UNDONE'] as const,
});

type ProblemShape = ImportReport['problems'][number];
const ProblemRef = builder.objectRef<ProblemShape>('ImportProblem').implement({
  description: 'A problem of a file, at a place a person can find.',
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'Line of the file (1 is the header); 0 for the file as a whole.' }),
    column: t.exposeString('column', { nullable: true, description: 'The column as the file names it.' }),
    message: t.string({ resolve: (p) => p.message.de, description: 'What is wrong, in German.' }),
    messageEn: t.string({ resolve: (p) => p.message.en, description: 'What is wrong, in English.' }),
    text: t.string({ resolve: (p) => describe(p, 'de'), description: '"Zeile 7, Spalte AGS: …".' }),
    textEn: t.string({ resolve: (p) => describe(p, 'en'), description: '"Line 7, column AGS: …".' }),
  }),
});

interface Candidate {
  id: string;
  name: string;
  reason: string;
}
const CandidateRef = builder.objectRef<Candidate>('ImportCandidate').implement({
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), reason: t.exposeString('reason') }),
});

type ReportReview = ImportReport['review'][number];
const ReportReviewRef = builder.objectRef<ReportReview>('ImportUncertainMatch').implement({
  description: 'A row whose authority the import could not match for certain: it waits in the review list.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    name: t.exposeString('name'),
    candidates: t.field({ type: [CandidateRef], resolve: (r) => r.candidates }),
  }),
});

const ReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  description: 'What an import (or its preview) found and did.',
  fields: (t) => ({
    file: t.exposeString('file'),
    kind: t.field({ type: ImportKindEnum, resolve: (r) => r.kind }),
    rows: t.exposeInt('rows'),
    accepted: t.exposeInt('accepted'),
    rejected: t.exposeInt('rejected'),
    problemCount: t.exposeInt('problemCount'),
    problems: t.field({ type: [ProblemRef], description: 'The first 1,000 problems.', resolve: (r) => r.problems }),
    uncertain: t.field({ type: [ReportReviewRef], resolve: (r) => r.review }),
    created: t.exposeInt('created'),
    changed: t.exposeInt('changed'),
    links: t.exposeInt('links'),
    partialCounts: t.boolean({
      resolve: (r) => r.partialCounts === true,
      description: 'A preview of a large file counted its first rows only.',
    }),
  }),
});

const JobRef = builder.objectRef<ImportJob>('ImportJob').implement({
  description: 'An import from the app: its preview, then its progress and outcome.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ImportKindEnum, resolve: (j) => j.kind }),
    fileName: t.exposeString('fileName'),
    state: t.field({ type: JobStateEnum, resolve: (j) => j.state }),
    validOnly: t.exposeBoolean('validOnly'),
    rowsRead: t.exposeInt('rowsRead', { description: 'Rows read so far (in steps of 10,000).' }),
    published: t.exposeInt('published', { description: 'A large file, published batch by batch: batches published so far.' }),
    batches: t.exposeInt('batches', { description: 'A large file: batches to publish (0 until publishing begins).' }),
    preview: t.field({ type: ReportRef, nullable: true, resolve: (j) => j.preview }),
    report: t.field({ type: ReportRef, nullable: true, resolve: (j) => j.report }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

const ReviewItemRef = builder.objectRef<ReviewEntry>('ImportReviewItem').implement({
  description: 'A row an import could not match to an authority for certain, for an administrator to decide.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ImportKindEnum, resolve: (r) => r.kind }),
    file: t.exposeString('file'),
    line: t.exposeInt('line'),
    name: t.exposeString('name'),
    at: t.exposeString('at'),
    status: t.field({ type: ReviewStatusEnum, resolve: (r) => r.status }),
    candidates: t.field({ type: [CandidateRef], resolve: (r) => r.candidates }),
    choice: t.exposeString('choice', { nullable: true, description: 'The candidate accepted (or the new organisation).' }),
    decidedAt: t.exposeString('decidedAt', { nullable: true, description: 'When it was accepted or rejected; null while open.' }),
    decidedBy: t.exposeString('decidedBy', {
      nullable: true,
      description: 'Who decided, as the audit log names actors (a keyed pseudonym); null while open.',
    }),
    decidedByMe: t.boolean({
      description: 'Whether the signed-in administrator made the decision.',
      resolve: (r, _args, ctx) => r.decidedBy !== null && r.decidedBy === actorOf(ctx),
    }),
    undoneAt: t.exposeString('undoneAt', { nullable: true, description: 'When a decision on it was last undone.' }),
  }),
});

interface ImportOptions {
  maxBytes: number;
  kinds: Kind[];
}
const ImportOptionsRef = builder.objectRef<ImportOptions>('ImportOptions').implement({
  description: 'What the signed-in viewer may import from the app.',
  fields: (t) => ({
    // A Float: IMPORT_MAX_BYTES may exceed GraphQL's 32-bit Int.
    maxBytes: t.exposeFloat('maxBytes', { description: 'The largest file POST /import/upload takes, in bytes (IMPORT_MAX_BYTES).' }),
    kinds: t.field({
      type: [ImportKindEnum],
      description: 'The kinds this viewer may import: every kind for an administrator, memberships and participations for a coordinator.',
      resolve: (o) => o.kinds,
    }),
  }),
});

/** The sign-in account (the owner of uploads and jobs); the scopes guarantee an identity. */
const ownerOf = (ctx: Context) => (ctx.identity ? accountOf(ctx.identity) : '');

/** Who acts, for the import's record and the audit log: a pseudonym, as the person mutations name actors. */
function actorOf(ctx: Context): string {
  if (ctx.viewer.personId) return ctx.people.pseudonym(ctx.viewer.personId);
  return ctx.people.pseudonym(`account:${ownerOf(ctx)}`);
}

function ownJob(ctx: Context, id: string | number): ImportJob {
  const job = jobOf(String(id), ownerOf(ctx));
  if (!job) throw notFound('ImportJob', String(id));
  return job;
}

/** A review decision's error is the caller's input (already decided, not a candidate). */
async function decided(ctx: Context, id: string, work: () => Promise<void>): Promise<ReviewEntry> {
  try {
    await work();
  } catch (err) {
    if (err instanceof ReviewError) throw badInput(err.message, 'id');
    throw err;
  }
  await ctx.people.changed('derived');
  const [entry] = (await listReview(ctx.db, null)).filter((r) => r.id === id);
  if (!entry) throw notFound('ImportReviewItem', id);
  return entry;
}

builder.queryFields((t) => ({
  importOptions: t.field({
    type: ImportOptionsRef,
    description: 'What I may import from the app (kinds, largest file).',
    authScopes: { admin: true, coordinator: true },
    resolve: (_root, _args, ctx) => ({
      maxBytes: importSettings.maxBytes,
      kinds: ctx.viewer.admin ? [...KINDS] : [...COORDINATOR_KINDS],
    }),
  }),
  importJob: t.field({
    type: JobRef,
    description: 'An import I started from the app (only its owner sees it).',
    authScopes: { admin: true, coordinator: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ownJob(ctx, args.id),
  }),
  importReview: t.field({
    type: [ReviewItemRef],
    description: 'The review list: rows of imports whose authority was uncertain, newest first (the open ones unless a status is named).',
    authScopes: { admin: true },
    args: { status: t.arg({ type: ReviewStatusEnum, defaultValue: 'OPEN' }) },
    resolve: async (_root, args, ctx) => (await listReview(ctx.db, args.status ?? 'OPEN')).slice(0, 200),
  }),
}));

builder.mutationFields((t) => ({
  previewImport: t.field({
    type: JobRef,
    description:
      'Checks an uploaded file (POST /import/upload) as an import of this kind would, writing nothing: poll importJob for ' +
      'the preview. A coordinator may import memberships and participations of the networks they coordinate.',
    authScopes: { admin: true, coordinator: true },
    args: {
      upload: t.arg.id({ required: true }),
      kind: t.arg({ type: ImportKindEnum, required: true }),
      validOnly: t.arg.boolean({ defaultValue: false, description: 'Write the valid rows only, listing the others.' }),
    },
    resolve: (_root, args, ctx) => {
      const kind = args.kind as Kind;
      if (!ctx.viewer.admin && !COORDINATOR_KINDS.includes(kind))
        throw badInput('a coordinator imports memberships and participations only', 'kind');
      const upload = uploadOf(String(args.upload), ownerOf(ctx));
      if (!upload) throw notFound('Upload', String(args.upload));
      return startPreview(ctx.db, upload, {
        kind,
        actor: actorOf(ctx),
        validOnly: args.validOnly ?? false,
        networks: ctx.viewer.admin ? null : ctx.viewer.coordinatedNetworkIds,
        oneTransactionRows: importSettings.oneTransactionRows,
      });
    },
  }),
  confirmImport: t.field({
    type: JobRef,
    description: 'Imports a previewed file, whole or not at all: poll importJob for the progress.',
    authScopes: { admin: true, coordinator: true },
    args: { job: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => {
      const job = ownJob(ctx, args.job);
      if (job.state !== 'PREVIEW') throw badInput(`only a checked preview can be confirmed (this one is ${job.state})`, 'job');
      // The roles of now: a coordinator who lost a network since the preview imports it no more.
      if (!ctx.viewer.admin) job.networks = ctx.viewer.coordinatedNetworkIds;
      return confirmJob(ctx.db, job, importSettings.oneTransactionRows);
    },
  }),
  acceptImportReview: t.field({
    type: ReviewItemRef,
    description: "Accepts a review item with one of its candidates (or, for an organisation row, 'new'): recorded and undoable.",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), choice: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => decided(ctx, String(args.id), () => acceptReview(ctx.db, String(args.id), args.choice, actorOf(ctx))),
  }),
  rejectImportReview: t.field({
    type: ReviewItemRef,
    description: 'Rejects a review item: its row is not imported.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => decided(ctx, String(args.id), () => rejectReview(ctx.db, String(args.id), actorOf(ctx))),
  }),
  undoImportReview: t.field({
    type: ReviewItemRef,
    description: 'Undoes an accepted decision: what it created is removed, what it changed restored; the item is open again.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => decided(ctx, String(args.id), () => undoReview(ctx.db, String(args.id), actorOf(ctx))),
  }),
}));
