// Field helpers several types share.

import type { builder } from '../../builder.js';
import { SourceDocumentRef, sourceDocuments } from './types.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type SourcedShape = { source?: string[] | null; synthetic?: boolean | null };

/** `sources` (the documents a fact comes from) and `synthetic` (demo data, "Beispieldaten"). */
export function provenanceFields<T extends SourcedShape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    sources: t.field({
      type: [SourceDocumentRef],
      description: 'The documents this fact was read from (empty for Beispieldaten).',
      resolve: (row) => sourceDocuments(row.source),
    }),
    synthetic: t.boolean({
      description: 'True for invented demo data (Beispieldaten), false for facts from the sources.',
      resolve: (row) => row.synthetic === true,
    }),
  };
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const today = () => new Date().toISOString().slice(0, 10);
