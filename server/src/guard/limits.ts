// Limits on every GraphQL request, checked before any resolver runs: the document (tokens,
// depth, aliases, directives: graphql-armor's rules), the variables (size, list length, string
// length) and the cost of the operation (@pothos/plugin-complexity's count, in which a list
// field costs its page size times its items). A request over a limit gets a LIMIT_EXCEEDED
// error saying which limit and by how much.

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLOutputType,
  getOperationAST,
  isListType,
  isNonNullType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type LimitName, limitExceeded, unsupportedOperation } from './errors.js';

export interface RequestLimits {
  tokens: number;
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  variablesBytes: number;
  listLength: number;
  stringLength: number;
  /** Whole-landscape questions per operation (see WHOLE_LANDSCAPE_QUESTIONS). */
  wholeLandscape: number;
}

/**
 * The limits: graphql-armor's defaults where they fit (aliases 15, tokens 1,000). Depth is what
 * the deepest question of the web app needs (a network's participants' authority: node →
 * participants → edges → node → person → authority → name) plus one. Cost: armor's reference of
 * 5,000 counts each field once; ours multiplies a list by its page size, in which the app's
 * largest question (a node's details: 200 participants, 100 employees with their
 * participations, with the counts of persons not shown) costs about 10,500, so the limit is more
 * than twice that. A test keeps every
 * operation of the app at no more than half of each limit.
 */
export const DEFAULT_LIMITS: RequestLimits = {
  tokens: 1000,
  depth: 8,
  aliases: 15,
  directives: 10,
  cost: 25_000,
  variablesBytes: 64 * 1024,
  listLength: 1000,
  stringLength: 10_000,
  wholeLandscape: 1,
};

/** Rows a connection returns when the client names no page size (see schema/common/paging.ts). */
const DEFAULT_PAGE = 50;
/** Items assumed of a plain list field whose size no argument states. */
const LIST_ITEMS = 10;

/**
 * What the root questions cost beyond their fields: the work of the statement behind them. A
 * question that reads the whole landscape or all network pairs costs as much as a few hundred
 * small pages, which also puts it in the heavy lane (scheduler.ts).
 */
const QUESTION_COST: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  landscape: 2000,
  // Counts every node and relation once (a small answer, but a scan of the whole store).
  coverage: 1000,
  overlapMatrix: 1000,
  clusters: 1000,
  innovationTransfer: 1000,
  // Without a filter it groups every authority's persons; for one authority or network it is small.
  duplicateParticipation: (args) => (args.authority || args.network || args.networks ? 200 : 1000),
  authorityOverlaps: 200,
  recommendedNetworks: 200,
  networkSimilarity: 100,
  topicRedundancy: 100,
  // Through persons the search for a path can spread over the whole graph.
  connection: (args) => (args.viaPersons ? 1000 : 100),
  // One authority's staff in every network and at every event, and the networks on its topics.
  myAuthority: 200,
  // Everything about one person, and its erasure (which rewrites what the answers are kept for).
  exportMyData: 100,
  exportPersonData: 100,
  eraseMe: 100,
  erasePerson: 100,
  // An import from the app: a dry run, then the import itself, both in the background.
  previewImport: 100,
  confirmImport: 100,
  // Review decisions rebuild the derived data in their transaction.
  acceptImportReview: 200,
  undoImportReview: 200,
};

/**
 * Questions whose answer grows with the whole landscape (the landscape itself, every network
 * pair, the communities, every innovation): one operation may ask one of them, once. Their
 * cost counts their lists as ten items, but their answers hold thousands (the matrix of 400
 * networks is some ten megabytes of JSON), so aliases of them multiplied memory, not cost.
 */
export const WHOLE_LANDSCAPE_QUESTIONS = new Set(['landscape', 'overlapMatrix', 'clusters', 'innovationTransfer']);

/** Operations at or above this cost are heavy: they share fewer slots (see scheduler.ts). */
export const HEAVY_COST = 1000;

function listType(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * The complexity of one field for @pothos/plugin-complexity: a field with a page size (`first`,
 * `last`) multiplies its selection by that size, a connection without one by its default page,
 * `edges` by one (the page already counted), other lists by LIST_ITEMS.
 */
export function fieldComplexity<C>(args: Record<string, unknown>, _ctx: C, field: GraphQLField<unknown, C>) {
  const question = QUESTION_COST[field.name];
  const own = typeof question === 'function' ? question(args) : (question ?? 1);
  const page = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  if (page !== undefined) return { field: own, multiplier: Math.max(page, 0) };
  if (field.args.some((a) => a.name === 'first')) return { field: own, multiplier: DEFAULT_PAGE };
  if (listType(field.type)) return { field: own, multiplier: field.name === 'edges' ? 1 : LIST_ITEMS };
  return own;
}

/** The cost of the operation that will run, with its variables; null for an operation this schema has no root for. */
export function operationCost(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  schema: Parameters<typeof complexityFromQuery>[1]['schema'],
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  if (!schema.getRootType(operation.operation)) return null;
  const single: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  return complexityFromQuery(single, { schema, variables }).complexity;
}

/** Refuses an operation that asks more than `max` whole-landscape questions (aliases and fragments included). */
export function wholeLandscapeRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      let count = 0;
      const spread = new Set<string>();
      const visit = (set: SelectionSetNode) => {
        for (const selection of set.selections) {
          if (selection.kind === Kind.FIELD) {
            if (WHOLE_LANDSCAPE_QUESTIONS.has(selection.name.value)) count += 1;
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            visit(selection.selectionSet);
          } else if (!spread.has(selection.name.value)) {
            spread.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) visit(fragment.selectionSet);
          }
        }
      };
      visit(operation.selectionSet);
      if (count > max) context.reportError(limitExceeded('wholeLandscape', max, count));
    },
  });
}

/** "… limit of 15 exceeded, found 2000." → the two numbers (graphql-armor's message). */
function armorNumbers(error: Error): { max: number; actual?: number } | null {
  const match = /limit of (\d+) exceeded(?:, found (\d+))?/i.exec(error.message);
  if (!match) return null;
  return { max: Number(match[1]), ...(match[2] ? { actual: Number(match[2]) } : {}) };
}

/** graphql-armor's options so that a rejection reports our typed error instead of its own. */
function armor(limit: LimitName, n: number) {
  return {
    n,
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const found = armorNumbers(error);
        ctx?.reportError(limitExceeded(limit, found?.max ?? n, found?.actual));
      },
    ],
  };
}

/** The largest list and string in a variables value, without recursion limits of its own. */
function measureVariables(value: unknown): { list: number; string: number } {
  let list = 0;
  let string = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') string = Math.max(string, v.length);
    else if (Array.isArray(v)) {
      list = Math.max(list, v.length);
      stack.push(...v);
    } else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
  return { list, string };
}

/** Checks the variables of one request against the limits; the error to send, or null. */
export function checkVariables(variables: unknown, limits: RequestLimits): GraphQLError | null {
  if (variables === undefined || variables === null) return null;
  const bytes = Buffer.byteLength(JSON.stringify(variables));
  if (bytes > limits.variablesBytes) return limitExceeded('variablesSize', limits.variablesBytes, bytes);
  const { list, string } = measureVariables(variables);
  if (list > limits.listLength) return limitExceeded('listLength', limits.listLength, list);
  if (string > limits.stringLength) return limitExceeded('stringLength', limits.stringLength, string);
  return null;
}

/** Per request: the cost of its operation, once known (for scheduling and logs). */
export const requestCost = new WeakMap<object, number>();

/** The yoga plugins that hold every request to the limits. */
export function useRequestLimits(limits: RequestLimits = DEFAULT_LIMITS): Plugin[] {
  const tokens = maxTokensPlugin({
    n: limits.tokens,
    propagateOnRejection: true,
  });
  return [
    {
      // Variables first: a 5 MB list is refused before it is parsed into anything larger.
      onParams({ params, setResult }) {
        const refused = checkVariables(params.variables, limits);
        if (refused) setResult({ errors: [refused] });
      },
      onParse() {
        // graphql-armor's token limit throws its own error while parsing; ours says which limit.
        return ({ result, replaceParseResult }) => {
          if (result instanceof Error && /token limit/i.test(result.message)) {
            replaceParseResult(limitExceeded('tokens', limits.tokens, armorNumbers(result)?.actual));
          }
        };
      },
      onValidate({ addValidationRule }) {
        addValidationRule(maxDepthRule(armor('depth', limits.depth)));
        addValidationRule(maxAliasesRule(armor('aliases', limits.aliases)));
        addValidationRule(maxDirectivesRule(armor('directives', limits.directives)));
        addValidationRule(wholeLandscapeRule(limits.wholeLandscape));
      },
      onExecute({ args, setResultAndStopExecution }) {
        // The cost is computed from the arguments as the resolvers get them, so the argument
        // checks (zod, @pothos/plugin-validation) run here: a refused argument refuses the whole
        // operation before any of it runs, with its BAD_USER_INPUT (see schema/common/errors.ts).
        let cost: number | null;
        try {
          cost = operationCost(args.document, args.operationName, args.variableValues ?? {}, args.schema);
        } catch (error) {
          if (error instanceof GraphQLError && error.extensions?.code === 'BAD_USER_INPUT')
            return setResultAndStopExecution({ errors: [error] });
          throw error;
        }
        if (cost === null) return setResultAndStopExecution({ errors: [unsupportedOperation()] });
        requestCost.set(args.contextValue as object, cost);
        if (cost > limits.cost) setResultAndStopExecution({ errors: [limitExceeded('cost', limits.cost, cost)] });
      },
      onResultProcess({ result, setResult }) {
        // A refusal is 400 also for clients that accept only application/json, for which yoga
        // would otherwise answer validation-time errors with 200.
        if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
        const refused = result.errors.find((e) => e.extensions?.code === 'LIMIT_EXCEEDED');
        if (!refused) return;
        const http = (refused.extensions as { http?: { status?: number } }).http;
        setResult({ ...result, extensions: { ...result.extensions, http: { status: http?.status ?? 400 } } });
      },
    },
    tokens as Plugin,
  ];
}
