import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import {
  ANONYMOUS, CACHE_TAGS_EXTENSION, CACHE_TAGS_HEADER, INTERNAL_TOKEN_HEADER, type InternalTokenSigner, type Logger, type Viewer,
} from '../../subgraphs/kit/src';
import type { RequestCacheState } from './cache/response-cache';
import type { GatewayMetrics } from './metrics';

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
    // Node's fetch (undici) keeps connections alive; the timeout bounds a slow subgraph.
    super({
      url,
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
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
