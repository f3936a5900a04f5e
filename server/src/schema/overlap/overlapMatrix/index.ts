// overlapMatrix: pairwise similarity of networks by shared authorities or persons. All networks
// read the matrix rows derived at load, a scope or filter counts on the spot
// (server/src/derived/questions.ts: overlap/overlap-matrix-all, else overlap/overlap-matrix);
// matrix.ts turns the rows into columns, privacy.ts withholds small person counts.

import { z } from 'zod';
import { builder } from '../../../builder.js';
import { SMALL_COUNT } from '../../../privacy.js';
import { LevelEnum } from '../../common/types.js';
import { DATA_SCOPE, NETWORKS_SCOPE, scope } from '../args.js';
import { askDerived } from '../derived.js';
import type { Similarity } from '../similarity.js';
import { buildMatrix, type MatrixColumns, type MatrixNetwork } from './matrix.js';
import { type MemberBasis, sharedThreshold, shownMatrix } from './privacy.js';

const DIGITS = 'digits must be between 0 and 15 (or null)';

const MemberBasisEnum = builder.enumType('MemberBasis', {
  values: { AUTHORITIES: {}, PERSONS: {} } as const,
});

interface MatrixCellRow extends Similarity {
  a: string;
  b: string;
  i: number;
  j: number;
}

interface OverlapMatrixRow {
  basis: MemberBasis;
  networks: MatrixNetwork[];
  columns: MatrixColumns;
}

const MatrixNetworkRef = builder.objectRef<MatrixNetwork>('MatrixNetwork').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    size: t.exposeInt('size', { description: 'Members (authorities or persons, by the basis).' }),
    index: t.exposeInt('index', { description: 'Row and column of this network in the matrix.' }),
  }),
});

const MatrixCellRef = builder.objectRef<MatrixCellRow>('MatrixCell').implement({
  description: 'One pair of networks that shares members (i < j); pairs that share nothing are left out.',
  fields: (t) => ({
    a: t.exposeID('a'),
    b: t.exposeID('b'),
    i: t.exposeInt('i'),
    j: t.exposeInt('j'),
    shared: t.exposeInt('shared'),
    jaccard: t.exposeFloat('jaccard'),
    overlap: t.exposeFloat('overlap'),
  }),
});

const MatrixColumnsRef = builder.objectRef<MatrixColumns>('MatrixColumns').implement({
  description: 'The same cells column by column (entry k of each list is one pair): compact for matrices of hundreds of networks.',
  fields: (t) => ({
    i: t.exposeIntList('i'),
    j: t.exposeIntList('j'),
    shared: t.exposeIntList('shared'),
    jaccard: t.exposeFloatList('jaccard'),
    overlap: t.exposeFloatList('overlap'),
  }),
});

const OverlapMatrixRef = builder.objectRef<OverlapMatrixRow>('OverlapMatrix').implement({
  description: 'Pairwise similarity of networks, ready for a heat map.',
  fields: (t) => ({
    basis: t.field({ type: MemberBasisEnum, resolve: (m) => m.basis }),
    networks: t.field({ type: [MatrixNetworkRef], resolve: (m) => m.networks }),
    cells: t.field({
      type: [MatrixCellRef],
      resolve: ({ networks, columns: c }) =>
        c.i.map((i, k) => {
          const j = c.j[k] as number;
          return {
            a: (networks[i] as MatrixNetwork).id,
            b: (networks[j] as MatrixNetwork).id,
            i,
            j,
            shared: c.shared[k] as number,
            jaccard: c.jaccard[k] as number,
            overlap: c.overlap[k] as number,
          };
        }),
    }),
    columns: t.field({ type: MatrixColumnsRef, resolve: (m) => m.columns }),
  }),
});

builder.queryFields((t) => ({
  overlapMatrix: t.field({
    type: OverlapMatrixRef,
    description: 'Pairwise similarity of networks (all, a list, or filtered) by shared authorities or persons.',
    args: {
      by: t.arg({ type: MemberBasisEnum, defaultValue: 'AUTHORITIES' }),
      networks: t.arg.idList(NETWORKS_SCOPE),
      level: t.arg({ type: LevelEnum }),
      topic: t.arg.id(),
      synthetic: t.arg.boolean(DATA_SCOPE),
      minShared: t.arg.int({
        defaultValue: 1,
        validate: z.number().min(1, 'minShared must be at least 1'),
        description:
          'Only pairs sharing at least this many (the threshold). By PERSONS at least 3, and only networks with at least 3 participants: smaller counts could single out persons who did not consent.',
      }),
      digits: t.arg.int({
        defaultValue: 4,
        validate: z.number().min(0, DIGITS).max(15, DIGITS),
        description: 'Decimals of jaccard and overlap (0 to 15; null: unrounded). Exact values follow from shared and the sizes.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const basis = args.by ?? 'AUTHORITIES';
      const digits = args.digits === undefined ? 4 : args.digits;
      const params = {
        by: basis,
        networks: scope(args.networks),
        level: args.level ?? null,
        topic: args.topic ?? null,
        synthetic: args.synthetic ?? null,
        minShared: sharedThreshold(basis, args.minShared ?? 1, SMALL_COUNT),
      };
      const read = await askDerived(ctx, 'overlapMatrix', params);
      const { networks, rows } = shownMatrix(basis, read.networks, read.rows, SMALL_COUNT);
      return { basis, ...buildMatrix(networks, rows, digits) } satisfies OverlapMatrixRow;
    },
  }),
}));
