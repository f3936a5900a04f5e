// GraphQL Code Generator: types every operation in src/ from the server's printed schema, so a
// schema change breaks the web build, and writes the persisted-operations manifest
// (src/gql/persisted-documents.json: sha256 of each document → its text) that the server loads,
// so the app sends a hash instead of the text. Run `pnpm --filter @netzwerkatlas/web codegen`.
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // The hash as Apollo's `extensions.persistedQuery.sha256Hash` carries it (plain hex, no
        // `sha256:` prefix), which is what the server's persisted-operations plugin reads.
        persistedDocuments: { hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex') },
      },
      config: { useTypeImports: true, enumsAsTypes: true, documentMode: 'string' },
    },
  },
};

export default config;
