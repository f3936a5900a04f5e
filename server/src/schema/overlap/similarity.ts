// Set similarity of two networks as the API answers it: the size of the intersection of their
// member sets, the Jaccard index |A∩B| / |A∪B| and the overlap coefficient |A∩B| / min(|A|,|B|).
// The figures are computed where the pairs are read (cypher/overlap, matrix.ts); this is their shape.

export interface Similarity {
  shared: number;
  jaccard: number;
  overlap: number;
}
