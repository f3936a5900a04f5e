// Full-text search over names of networks, organisations, topics, innovations and events.

import { builder } from '../../builder.js';
import { badInput } from '../common/errors.js';
import { readRows } from '../common/loaders.js';
import { NodeRef } from '../common/types.js';
import { toLuceneQuery } from './lucene.js';

const SearchableType = builder.enumType('SearchableType', {
  values: ['Network', 'UmbrellaOrganisation', 'Authority', 'Topic', 'Innovation', 'Event'] as const,
});

interface HitRow {
  node: { id: string; isAuthority?: boolean; labels: string[] };
  score: number;
}

const SearchHit = builder.objectRef<HitRow>('SearchHit').implement({
  fields: (t) => ({
    score: t.exposeFloat('score'),
    node: t.field({ type: NodeRef, resolve: (h) => h.node }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description: 'Names that match what was typed, best first; forgives a typo per word and umlaut spellings. Persons are not searchable.',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchableType] }),
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
