// Set similarity of two networks from the sizes of their member sets and the size of the
// intersection: the Jaccard index |A∩B| / |A∪B| and the overlap coefficient |A∩B| / min(|A|,|B|).

export interface Similarity {
  shared: number;
  jaccard: number;
  overlap: number;
}

/** Similarity from counts; 0 where nothing is shared (also for empty sets). */
export function similarity(shared: number, sizeA: number, sizeB: number): Similarity {
  if (shared < 0 || shared > sizeA || shared > sizeB) {
    throw new RangeError(`similarity: shared ${shared} does not fit sets of ${sizeA} and ${sizeB}`);
  }
  if (shared === 0) return { shared, jaccard: 0, overlap: 0 };
  return { shared, jaccard: shared / (sizeA + sizeB - shared), overlap: shared / Math.min(sizeA, sizeB) };
}
