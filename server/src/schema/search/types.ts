// Search hits: a node with its score, and the kinds of node a search can be narrowed to.

import { builder } from '../../builder.js';
import { NodeRef } from '../common/types.js';

export const SearchableTypeEnum = builder.enumType('SearchableType', {
  values: ['Network', 'UmbrellaOrganisation', 'Authority', 'Topic', 'Innovation', 'Event'] as const,
});

export interface HitRow {
  node: { id: string; isAuthority?: boolean; labels: string[] };
  score: number;
}

export const SearchHitRef = builder.objectRef<HitRow>('SearchHit').implement({
  fields: (t) => ({
    score: t.exposeFloat('score'),
    node: t.field({ type: NodeRef, resolve: (h) => h.node }),
  }),
});
