// Query fields for the landscape: the whole map at once, and the documents it was read from.

import { builder } from '../../builder.js';
import { allSourceDocuments, SourceDocumentRef } from '../common/types.js';
import { LandscapeRef } from './types.js';

builder.queryFields((t) => ({
  landscape: t.field({
    type: LandscapeRef,
    args: { includeSynthetic: t.arg.boolean({ defaultValue: true, description: 'Include Beispieldaten.' }) },
    resolve: (_root, args) => ({ includeSynthetic: args.includeSynthetic ?? true }),
  }),
  sources: t.field({
    type: [SourceDocumentRef],
    description: 'The documents the real landscape was read from.',
    resolve: () => allSourceDocuments(),
  }),
}));
