// Query.node: any node by its id; the id's prefix names the kind (network:, org:, person: …).

import { builder } from '../../builder.js';
import { badInput, quote } from '../common/errors.js';
import { byId } from '../common/loaders.js';
import { NodeRef } from '../common/types.js';

const LOOKUPS: Record<string, string[]> = {
  network: ['network/get-networks'],
  org: ['organisation/get-authorities', 'organisation/get-umbrellas'],
  person: ['person/get-persons'],
  topic: ['topic/get-topics'],
  innovation: ['innovation/get-innovations'],
  event: ['event/get-events'],
};

builder.queryField('node', (t) =>
  t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any node by id (e.g. `network:dvnw`, `org:bmi`); null when there is none (and for a person the viewer may not see).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      const prefix = id.slice(0, id.indexOf(':'));
      // Own keys only: a prefix such as `constructor` must not find Object.prototype's.
      const statements = Object.hasOwn(LOOKUPS, prefix) ? LOOKUPS[prefix] : undefined;
      if (!statements) throw badInput(`'${quote(id)}' is not an id of this API (ids look like network:dvnw or org:bmi)`, 'id');
      for (const statement of statements) {
        const row = await byId<{ id: string; isAuthority?: boolean }>(ctx, statement).load(id);
        if (row) return row;
      }
      return null;
    },
  }),
);
