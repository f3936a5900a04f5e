// Query fields around one's own person: who am I (me), my authority ("Meine Behörde"), and for
// administrators the audit log. Who may ask what is said by the scopes (builder.ts).

import { builder } from '../../builder.js';
import { namesOfColleagues } from '../../privacy.js';
import { badInput } from '../common/errors.js';
import { readPage, readRows } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { AuditEntryRef, type AuditEntryRow, MeRef, MyAuthorityRef, type MyAuthorityRow } from './types.js';

builder.queryFields((t) => ({
  me: t.field({
    type: MeRef,
    nullable: true,
    description: 'The signed-in viewer (person, authority, roles); null without sign-in.',
    resolve: (_root, _args, ctx) =>
      ctx.identity
        ? { viewer: ctx.viewer, email: ctx.identity.email, emailVerified: ctx.identity.emailVerified, name: ctx.identity.name }
        : null,
  }),
  myAuthority: t.field({
    type: MyAuthorityRef,
    description:
      '"Meine Behörde" for staff of an authority: its networks with my colleagues in each, duplicate participation, ' +
      'networks on our topics where we are absent, innovations we adopted. The innovation office sees counts only.',
    authScopes: { staff: true },
    args: { suggestions: t.arg.int({ defaultValue: 10, description: 'How many networks on our topics to suggest (up to 50).' }) },
    resolve: async (_root, args, ctx) => {
      const suggestions = args.suggestions ?? 10;
      if (suggestions < 0 || suggestions > 50) throw badInput('suggestions must be between 0 and 50', 'suggestions');
      const names = namesOfColleagues(ctx.viewer);
      const [row] = await readRows<Omit<MyAuthorityRow, 'countsOnly'>>(ctx, 'people/my-authority', {
        authority: ctx.viewer.authorityId,
        names,
        today: new Date().toISOString().slice(0, 10),
        absentLimit: suggestions,
      });
      if (!row) throw new Error(`myAuthority: authority ${ctx.viewer.authorityId} vanished`);
      return { ...row, countsOnly: !names };
    },
  }),
  auditLog: t.connection(
    {
      type: AuditEntryRef,
      description: 'Changes to person data and consent, newest first: who, what kind, when, which record, never the content.',
      authScopes: { admin: true },
      resolve: (_root, args, ctx) => pagedConnection(args, (page) => readPage<AuditEntryRow>(ctx, 'people/audit-log', {}, page)),
    },
    { name: 'AuditLogConnection' },
  ),
}));
