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
import { forbidden } from './guard/errors.js';
import { fieldComplexity } from './guard/limits.js';
import { namesOfColleagues } from './privacy.js';
import { refusal } from './schema/common/errors.js';

/** A person row as the statements return it: `visible` is set only by the rule of privacy.ts. */
export interface VisibleRow {
  id: string;
  visible?: boolean | null;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  /** The data export (schema/people): one JSON document. */
  Scalars: { JSON: { Input: unknown; Output: unknown } };
  /**
   * The roles (privacy.ts, Viewer): anonymous is the absence of all of them. `personVisible`
   * re-checks, for every person or participation object, that the statement that read it applied
   * the rule (it marks such rows `visible`), or that it is the viewer's own.
   */
  AuthScopes: {
    signedIn: boolean;
    person: boolean;
    staff: boolean;
    self: string;
    coordinatorOf: string;
    /** Coordinates at least one network. */
    coordinator: boolean;
    officeOf: string;
    admin: boolean;
    colleagueNames: boolean;
    personVisible: VisibleRow;
  };
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
    authScopes: (ctx) => {
      const v = ctx.viewer;
      return {
        signedIn: v.signedIn,
        person: v.personId !== null,
        staff: v.authorityId !== null,
        self: (personId) => v.personId !== null && v.personId === personId,
        coordinatorOf: (networkId) => v.coordinatedNetworkIds.includes(networkId),
        coordinator: v.coordinatedNetworkIds.length > 0,
        officeOf: (authorityId) => v.officeOf !== null && v.officeOf === authorityId,
        admin: v.admin,
        colleagueNames: namesOfColleagues(v),
        personVisible: (row) => row.visible === true || (v.personId !== null && row.id === v.personId),
      };
    },
    // A refused field is FORBIDDEN with a message that names no one.
    unauthorizedError: () => forbidden(),
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
builder.mutationType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'All items of the list, not only this page.', resolve: (connection) => connection.totalCount }),
);
