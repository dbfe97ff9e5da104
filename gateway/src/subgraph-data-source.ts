import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import {
  ANONYMOUS, CACHE_TAGS_EXTENSION, CACHE_TAGS_HEADER, INTERNAL_TOKEN_HEADER, type InternalTokenSigner, type Logger, type Viewer,
} from '../../subgraphs/kit/src';
import type { RequestCacheState } from './cache/response-cache';
import type { GatewayMetrics } from './metrics';
import { SubgraphResponse, subgraphFetch, type SubgraphFetch } from './subgraph-fetch';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** The response cache's state for this request (absent when the cache is off). */
  cache?: RequestCacheState;
  /** A national subgraph reading the graph back for one of its rules (reads only). */
  callerSubgraph?: string | null;
}

export interface SubgraphDataSourceOptions {
  signer: InternalTokenSigner;
  timeoutMs: number;
  /** Send identical queries in flight at once only once (see InflightQueries). */
  deduplicate?: boolean;
  metrics: GatewayMetrics;
  /** Pass the W3C traceparent on (tracing on). */
  propagateTrace: boolean;
}

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

const headerSetter = { set: (carrier: Headers, key: string, value: string) => carrier.set(key, value) };

/** Calls one subgraph over HTTP, carrying the verified viewer in a token signed for that subgraph. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string,
    private readonly options: SubgraphDataSourceOptions,
  ) {
    // Kept-alive connections; the timeout bounds a slow subgraph (subgraph-fetch.ts).
    const send = subgraphFetch(options.timeoutMs);
    const inflight = options.deduplicate ? new InflightQueries(send, () => options.metrics.subgraphDeduplicated.inc({ subgraph: subgraphName })) : null;
    super({ url, fetcher: (inflight ? inflight.fetch : send) as never });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const started = performance.now();
    let outcome = 'ok';
    try {
      const response = await super.process(options);
      if (response.errors?.length) outcome = 'error';
      return response;
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      outcome = code === 'SUBGRAPH_TIMEOUT' ? 'timeout' : code === 'SUBGRAPH_UNAVAILABLE' ? 'unavailable' : 'error';
      throw error;
    } finally {
      this.options.metrics.subgraphRequests.inc({ subgraph: this.subgraphName, outcome });
      this.options.metrics.subgraphDuration.observe({ subgraph: this.subgraphName }, (performance.now() - started) / 1000);
    }
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    const viewer = 'viewer' in context && context.viewer ? context.viewer : ANONYMOUS;
    headers.set(INTERNAL_TOKEN_HEADER, await this.options.signer.tokenFor(this.subgraphName, viewer));
    if ('requestId' in context && context.requestId) headers.set('x-request-id', context.requestId);
    if ('cache' in context && context.cache?.collectTags) headers.set(CACHE_TAGS_HEADER, '1');
    if (this.options.propagateTrace) propagation.inject(otelContext.active(), headers as unknown as Headers, headerSetter);
  }

  /** Cache tags go to the request's cache state, never to the client. */
  override async didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]): Promise<GatewayGraphQLResponse> {
    const tags = response.extensions?.[CACHE_TAGS_EXTENSION];
    if (tags !== undefined) {
      const state = 'cache' in context ? context.cache : undefined;
      if (state && Array.isArray(tags)) for (const tag of tags) if (typeof tag === 'string') state.tags.add(tag);
      delete response.extensions![CACHE_TAGS_EXTENSION];
    }
    return response;
  }

  /** A subgraph that cannot be reached becomes a partial answer with an error naming it, never a crash. */
  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) {
      // An HTTP error status: keep the code, drop the response body (it may hold internals).
      const status = (error.extensions.response as { status?: number } | undefined)?.status;
      throw new GraphQLError(`The ${this.subgraphName} subgraph refused the request${status ? ` (HTTP ${status})` : ''}.`, {
        extensions: { code: error.extensions.code ?? 'SUBGRAPH_ERROR', subgraph: this.subgraphName },
      });
    }
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    throw new GraphQLError(`The ${this.subgraphName} subgraph ${timedOut ? 'did not answer in time' : 'is unavailable'}; fields it serves are missing from this answer.`, {
      extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraphName },
      originalError: error,
    });
  }
}

/**
 * Identical subgraph queries in flight at the same moment are sent once, and each caller gets its
 * own copy of the answer (its own Response, read and post-processed by its own request).
 *
 * Identical means: same subgraph URL, same body (document, variables, representations), same
 * gateway token — which names the viewer, so two viewers never share an answer — and the same
 * cache-tag header. Only queries are shared, never a mutation; request ids and trace headers are
 * left out of the key (the subgraph logs the first request's id). A popular page asked by many
 * visitors at once (the national coverage map, a département's directory) then costs the
 * subgraphs one request, whether the response cache is on or off.
 */
export class InflightQueries {
  private readonly pending = new Map<string, Promise<SubgraphResponse>>();

  constructor(
    private readonly send: SubgraphFetch,
    private readonly onShared: () => void = () => undefined,
  ) {}

  readonly fetch = async (input: string, init: RequestInit): Promise<SubgraphResponse> => {
    const body = typeof init.body === 'string' ? init.body : null;
    if (!body || !isQuery(body)) return this.send(input, init);
    const headers = new Headers(init.headers);
    const key = `${input}\u0000${headers.get(INTERNAL_TOKEN_HEADER) ?? ''}\u0000${headers.get(CACHE_TAGS_HEADER) ?? ''}\u0000${body}`;
    let answer = this.pending.get(key);
    if (answer) {
      this.onShared();
    } else {
      answer = this.send(input, init).finally(() => this.pending.delete(key));
      this.pending.set(key, answer);
      return answer;
    }
    return (await answer).clone();
  };

  /** In flight now (for tests). */
  get size(): number {
    return this.pending.size;
  }
}

/** Whether a subgraph request body (JSON, as @apollo/gateway writes it) carries a query, not a mutation. */
export function isQuery(body: string): boolean {
  const prefix = '{"query":"';
  let query: unknown;
  if (body.startsWith(prefix)) {
    // The usual case: the document comes first, and its first word says what it is.
    query = body.slice(prefix.length, prefix.length + 16);
  } else {
    try {
      query = (JSON.parse(body) as { query?: unknown }).query;
    } catch {
      return false;
    }
  }
  return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
}
