// The Pothos schema builder: typed context, scope-auth first (resolvers never check permissions
// by hand), relay connections, per-request dataloaders, the cost of each field (checked before
// execution by guard/limits.ts), and argument checks as zod schemas (validation: a refusal is
// BAD_USER_INPUT naming the argument, see common/errors.ts).

import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from './context.js';
import { fieldComplexity } from './guard/limits.js';
import { mayViewPerson, type PersonSubject } from './privacy.js';
import { refusal } from './schema/common/errors.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { personVisible: PersonSubject };
  /** `hiddenPersons`: persons a list of persons leaves out for this viewer (see privacy.ts). */
  Connection: { totalCount: number; hiddenPersons?: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, ComplexityPlugin, ValidationPlugin, DataloaderPlugin],
  complexity: { fieldComplexity },
  validation: { validationError: refusal },
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      personVisible: (person) => mayViewPerson(ctx.viewer, person),
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
