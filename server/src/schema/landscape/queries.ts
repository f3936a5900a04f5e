// Query fields for the landscape: the whole map at once, and the documents it was read from.

import { builder } from '../../builder.js';
import { readRows } from '../common/loaders.js';
import { allSourceDocuments, SourceDocumentRef } from '../common/types.js';
import { CoverageRef, type CoverageRow, LandscapeRef } from './types.js';

builder.queryFields((t) => ({
  landscape: t.field({
    type: LandscapeRef,
    args: { includeSynthetic: t.arg.boolean({ defaultValue: true, description: 'Include Beispieldaten.' }) },
    resolve: (_root, args) => ({ includeSynthetic: args.includeSynthetic ?? true }),
  }),
  coverage: t.field({
    type: CoverageRef,
    description: 'How much of the data comes from the sources and how much is Beispieldaten, per kind of node and relation.',
    resolve: async (_root, _args, ctx) => {
      const [row] = await readRows<CoverageRow>(ctx, 'landscape/coverage');
      return row ?? { nodes: [], relations: [] };
    },
  }),
  sources: t.field({
    type: [SourceDocumentRef],
    description: 'The documents the real landscape was read from.',
    resolve: () => allSourceDocuments(),
  }),
}));
