// The GraphQL operations of the import page and the review list (server/src/schema/import), kept
// apart from operations.ts so the page's additions stay in one file; typed and persisted by the
// same codegen run (`pnpm --filter @netzwerkatlas/web codegen`). Every web operation stays within
// half of each request limit (test/api/webOperations.test.ts), so no fragments (each spread adds
// to the depth) and at most four levels: an uncertain match of a preview names its row, and its
// candidates are in the review list.

import { graphql } from '../../gql';

/** Who may open the import page: roles, and the networks a coordinator imports into. */
export const ImportViewerQuery = graphql(`
  query ImportViewer {
    me { roles coordinates { id name } }
  }
`);

export const ImportOptionsQuery = graphql(`
  query ImportOptions {
    importOptions { maxBytes kinds }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id kind fileName state validOnly rowsRead published batches error
      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }
      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }
    }
  }
`);

export const PreviewImportMutation = graphql(`
  mutation PreviewImport($upload: ID!, $kind: ImportKind!, $validOnly: Boolean) {
    previewImport(upload: $upload, kind: $kind, validOnly: $validOnly) {
      id kind fileName state validOnly rowsRead published batches error
      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }
      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }
    }
  }
`);

export const ConfirmImportMutation = graphql(`
  mutation ConfirmImport($job: ID!) {
    confirmImport(job: $job) { id kind fileName state validOnly rowsRead published batches error }
  }
`);

export const ImportReviewQuery = graphql(`
  query ImportReview($status: ImportReviewStatus) {
    importReview(status: $status) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }
  }
`);

export const AcceptImportReviewMutation = graphql(`
  mutation AcceptImportReview($id: ID!, $choice: String!) {
    acceptImportReview(id: $id, choice: $choice) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }
  }
`);

export const RejectImportReviewMutation = graphql(`
  mutation RejectImportReview($id: ID!) {
    rejectImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }
  }
`);

export const UndoImportReviewMutation = graphql(`
  mutation UndoImportReview($id: ID!) {
    undoImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }
  }
`);
