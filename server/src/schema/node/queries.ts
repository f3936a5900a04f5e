// Query.node: any node by its id; the id's prefix names the kind (network:, org:, person: …).

import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { badInput, quote } from '../common/errors.js';
import { NodeRef } from '../common/types.js';
import { AuthorityRef, EventRef, InnovationRef, NetworkRef, PersonRef, TopicRef, UmbrellaRef } from '../refs.js';

const LOOKUPS: Record<string, { getDataloader(ctx: Context): { load(id: string): Promise<{ id: string } | null> } }[]> = {
  network: [NetworkRef],
  org: [AuthorityRef, UmbrellaRef],
  person: [PersonRef],
  topic: [TopicRef],
  innovation: [InnovationRef],
  event: [EventRef],
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
      const refs = Object.hasOwn(LOOKUPS, prefix) ? LOOKUPS[prefix] : undefined;
      if (!refs) throw badInput(`'${quote(id)}' is not an id of this API (ids look like network:dvnw or org:bmi)`, 'id');
      for (const ref of refs) {
        const row = await ref.getDataloader(ctx).load(id);
        if (row) return row;
      }
      return null;
    },
  }),
);
