import { composeServices } from '@apollo/composition';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { GraphQLError, buildSchema, parse, printSchema, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { checkRegionalName, checkRegionalSdl, type NamingViolation } from './naming';

/**
 * What a candidate set of subgraphs would do to the graph: does it compose, does the regional
 * subgraph follow the naming rule, what changes for clients. Pure and CPU-bound: it runs in the
 * composition worker, off the thread that serves requests.
 */
export type SubgraphKind = 'NATIONAL' | 'REGIONAL';

export interface CandidateSubgraph {
  name: string;
  url: string;
  sdl: string;
  kind: SubgraphKind;
}

export interface EvaluationRequest {
  /** The subgraph being checked or published; null when re-composing (rollback, removal, national sync). */
  target: { name: string; kind: SubgraphKind } | null;
  subgraphs: CandidateSubgraph[];
  /** API schema clients see today; null at the very first composition. */
  previousApiSchemaSdl: string | null;
  /** Regional subgraphs registered besides the target (their prefixes must not overlap). */
  otherRegionalNames: string[];
  nationalNames: string[];
}

export interface CompositionError {
  code: string;
  message: string;
}

export interface SchemaChange {
  type: string;
  /** Schema coordinate, e.g. `Query.bretagneWorkshops`. */
  path: string | null;
  message: string;
  /** Why it matters to clients (for breaking and dangerous changes). */
  reason: string | null;
}

export interface BrokenOperation {
  /** Operation name in the trusted documents of the portal and dashboards. */
  name: string;
  id: string;
  errors: string[];
}

export interface Evaluation {
  composed: boolean;
  supergraphSdl: string | null;
  apiSchemaSdl: string | null;
  compositionErrors: CompositionError[];
  namingViolations: NamingViolation[];
  breakingChanges: SchemaChange[];
  dangerousChanges: SchemaChange[];
  safeChanges: SchemaChange[];
  /** Known client operations (trusted documents) that validate today and would no longer validate. */
  brokenOperations: BrokenOperation[];
  compositionMs: number;
  totalMs: number;
  /** The worker thread that did the work (0 would mean the serving thread). */
  threadId: number;
}

export interface ClientOperation {
  id: string;
  name: string;
  document: DocumentNode;
}

/** Trusted documents (id → query text) as parsed operations. */
export function parseClientOperations(manifest: Record<string, string>): ClientOperation[] {
  return Object.entries(manifest).map(([id, text]) => {
    const document = parse(text);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return { id, name: operation && 'name' in operation && operation.name ? operation.name.value : id, document };
  });
}

function toChange(change: Change): SchemaChange {
  return { type: change.type, path: change.path ?? null, message: change.message, reason: change.criticality.reason ?? null };
}

export async function evaluate(request: EvaluationRequest, clientOperations: ClientOperation[], threadId: number): Promise<Evaluation> {
  const started = performance.now();
  const result: Evaluation = {
    composed: false, supergraphSdl: null, apiSchemaSdl: null, compositionErrors: [], namingViolations: [],
    breakingChanges: [], dangerousChanges: [], safeChanges: [], brokenOperations: [], compositionMs: 0, totalMs: 0, threadId,
  };

  const documents = new Map<string, DocumentNode>();
  for (const subgraph of request.subgraphs) {
    try {
      documents.set(subgraph.name, parse(subgraph.sdl));
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : String(error);
      result.compositionErrors.push({ code: 'INVALID_GRAPHQL', message: `The SDL of subgraph "${subgraph.name}" is not valid GraphQL: ${message}` });
    }
  }

  const target = request.target;
  if (target?.kind === 'REGIONAL') {
    result.namingViolations.push(...checkRegionalName(target.name, { nationalNames: request.nationalNames, regionalNames: request.otherRegionalNames }));
    const document = documents.get(target.name);
    if (document) {
      const national = request.subgraphs.filter((s) => s.kind === 'NATIONAL').map((s) => documents.get(s.name)).filter((d): d is DocumentNode => !!d);
      result.namingViolations.push(...checkRegionalSdl(target.name, document, national));
    }
  }
  if (result.compositionErrors.length) return finish(result, started);

  const composeStarted = performance.now();
  const composition = composeServices(request.subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: documents.get(s.name)! })));
  result.compositionMs = Math.round(performance.now() - composeStarted);
  if (composition.errors) {
    result.compositionErrors = composition.errors.map((error) => ({ code: String(error.extensions.code ?? 'COMPOSITION_ERROR'), message: error.message }));
    return finish(result, started);
  }
  result.composed = true;
  result.supergraphSdl = composition.supergraphSdl;
  const apiSchema = composition.schema.toAPISchema().toGraphQLJSSchema();
  result.apiSchemaSdl = printSchema(apiSchema);

  if (request.previousApiSchemaSdl) {
    const previous = buildSchema(request.previousApiSchemaSdl);
    const next = buildSchema(result.apiSchemaSdl);
    for (const change of await diff(previous, next)) {
      const level = change.criticality.level;
      if (level === CriticalityLevel.Breaking) result.breakingChanges.push(toChange(change));
      else if (level === CriticalityLevel.Dangerous) result.dangerousChanges.push(toChange(change));
      else result.safeChanges.push(toChange(change));
    }
    result.brokenOperations = brokenOperations(clientOperations, previous, next);
  }
  return finish(result, started);
}

function brokenOperations(operations: ClientOperation[], previous: GraphQLSchema, next: GraphQLSchema): BrokenOperation[] {
  const broken: BrokenOperation[] = [];
  for (const operation of operations) {
    if (validate(previous, operation.document).length) continue;
    const errors = validate(next, operation.document);
    if (errors.length) broken.push({ name: operation.name, id: operation.id, errors: errors.map((e) => e.message) });
  }
  return broken;
}

function finish(result: Evaluation, started: number): Evaluation {
  result.totalMs = Math.round(performance.now() - started);
  return result;
}

/** Accepted when it composes and follows the naming rule; breaking changes need the national administrator's override. */
export function verdict(evaluation: Evaluation, allowBreaking: boolean): { accepted: boolean; needsOverride: boolean } {
  const breaking = evaluation.breakingChanges.length > 0 || evaluation.brokenOperations.length > 0;
  const sound = evaluation.composed && evaluation.namingViolations.length === 0;
  return { accepted: sound && (!breaking || allowBreaking), needsOverride: sound && breaking && !allowBreaking };
}
