// Query.search: full-text search over names of networks, organisations, topics, innovations and
// events.

import { z } from 'zod';
import { builder } from '../../builder.js';
import { readRows } from '../common/loaders.js';
import { toLuceneQuery } from './lucene.js';
import { type HitRow, SearchableTypeEnum, SearchHitRef } from './types.js';

const FIRST = 'first must be between 1 and 100';

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: 'Names that match what was typed, best first; forgives a typo per word and umlaut spellings. Persons are not searchable.',
    args: {
      query: t.arg.string({ required: true, validate: z.string().max(200, 'query must be at most 200 characters') }),
      types: t.arg({ type: [SearchableTypeEnum] }),
      first: t.arg.int({ defaultValue: 10, validate: z.number().min(1, FIRST).max(100, FIRST) }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 10;
      const lucene = toLuceneQuery(args.query);
      if (lucene === null) return [];
      return readRows<HitRow>(ctx, 'search/search-names', { query: lucene, types: args.types ?? null, limit: first });
    },
  }),
}));
