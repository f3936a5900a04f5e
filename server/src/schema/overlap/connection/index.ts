// connection: the shortest way from one authority to another through shared networks
// (overlap/connection) and, with viaPersons, persons the viewer may see (overlap/connection-via-persons).

import { z } from 'zod';
import { builder } from '../../../builder.js';
import { notFound } from '../../common/errors.js';
import { readRows } from '../../common/loaders.js';
import { NodeRef } from '../../common/types.js';

interface PathRow {
  nodes: { id: string; isAuthority?: boolean }[];
  relations: string[];
}

const PathStepRef = builder.objectRef<{ node: PathRow['nodes'][number]; via: string | null }>('PathStep').implement({
  fields: (t) => ({
    node: t.field({
      type: NodeRef,
      description: 'An Authority, Network or Person (with viaPersons: only persons the viewer may see).',
      resolve: (s) => s.node,
    }),
    via: t.exposeString('via', { nullable: true, description: 'The relation to the next step (null on the last).' }),
  }),
});

const AuthorityPathRef = builder.objectRef<PathRow>('AuthorityPath').implement({
  description: 'How two authorities are connected: who could introduce whom.',
  fields: (t) => ({
    hops: t.int({ description: 'Relations on the way.', resolve: (p) => p.relations.length }),
    steps: t.field({
      type: [PathStepRef],
      resolve: (p) => p.nodes.map((node, i) => ({ node, via: p.relations[i] ?? null })),
    }),
  }),
});

const MAX_HOPS = 'maxHops must be between 1 and 12';

builder.queryFields((t) => ({
  connection: t.field({
    type: AuthorityPathRef,
    nullable: true,
    description:
      'The shortest way from one authority to another through shared networks (and, with viaPersons, persons the viewer may see): who could introduce whom. Null when there is none within maxHops.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      viaPersons: t.arg.boolean({ defaultValue: false }),
      maxHops: t.arg.int({ defaultValue: 8, validate: z.number().min(1, MAX_HOPS).max(12, MAX_HOPS) }),
    },
    validate: z
      .looseObject({ from: z.union([z.string(), z.number()]), to: z.union([z.string(), z.number()]) })
      .refine((a) => String(a.from) !== String(a.to), { message: 'from and to must be different authorities', path: ['to'] }),
    resolve: async (_root, args, ctx) => {
      const [from, to] = [String(args.from), String(args.to)];
      const maxHops = args.maxHops ?? 8;
      const statement = args.viaPersons ? 'overlap/connection-via-persons' : 'overlap/connection';
      const [row] = await readRows<{ fromFound: boolean; toFound: boolean } & Partial<PathRow>>(ctx, statement, { from, to, maxHops });
      if (!row?.fromFound) throw notFound('Authority', from);
      if (!row.toFound) throw notFound('Authority', to);
      return row.nodes && row.relations ? { nodes: row.nodes, relations: row.relations } : null;
    },
  }),
}));
