// Query.search: full-text search over names of networks, organisations, topics, innovations and
// events.

import { builder } from '../../builder.js';
import { badInput } from '../common/errors.js';
import { readRows } from '../common/loaders.js';
import { toLuceneQuery } from './lucene.js';
import { type HitRow, SearchableTypeEnum, SearchHitRef } from './types.js';

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: 'Names that match what was typed, best first; forgives a typo per word and umlaut spellings. Persons are not searchable.',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchableTypeEnum] }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 10;
      if (first < 1 || first > 100) throw badInput('first must be between 1 and 100', 'first');
      if (args.query.length > 200) throw badInput('query must be at most 200 characters', 'query');
      const lucene = toLuceneQuery(args.query);
      if (lucene === null) return [];
      return readRows<HitRow>(ctx, 'search/search-names', { query: lucene, types: args.types ?? null, limit: first });
    },
  }),
}));
