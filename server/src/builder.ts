// The Pothos schema builder: typed context, scope-auth first (resolvers never check permissions
// by hand), relay connections, per-request dataloaders, and the cost of each field (checked
// before execution by guard/limits.ts).

import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from './context.js';
import { fieldComplexity } from './guard/limits.js';

export interface PersonScopeSubject {
  consent?: boolean | null;
  authorityId?: string | null;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { personVisible: PersonScopeSubject };
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, ComplexityPlugin],
  complexity: { fieldComplexity },
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      personVisible: (person) =>
        person.consent === true || (ctx.viewer.authorityId !== null && ctx.viewer.authorityId === person.authorityId),
    }),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'All items of the list, not only this page.', resolve: (connection) => connection.totalCount }),
);
