// Set similarity of two networks as the API answers it: the size of the intersection of their
// member sets, the Jaccard index |A∩B| / |A∪B| and the overlap coefficient |A∩B| / min(|A|,|B|).
// The figures are computed where the pairs are read (cypher/overlap/network-similarity.cypher,
// overlapMatrix/matrix.ts); this is their shape, for networkSimilarity and overlapMatrix.

import { builder } from '../../builder.js';

export interface Similarity {
  shared: number;
  jaccard: number;
  overlap: number;
}

export const SimilarityRef = builder.objectRef<Similarity>('Similarity').implement({
  description: 'How much two sets overlap.',
  fields: (t) => ({
    shared: t.exposeInt('shared', { description: 'Size of the intersection.' }),
    jaccard: t.exposeFloat('jaccard', { description: '|A∩B| / |A∪B|, 0 to 1.' }),
    overlap: t.exposeFloat('overlap', { description: 'Overlap coefficient |A∩B| / min(|A|, |B|), 0 to 1.' }),
  }),
});
