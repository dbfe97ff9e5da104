import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Logger } from '../../../subgraphs/kit/src';
import type { GraphQLParams } from '../http';
import type { GatewayMetrics } from '../metrics';
import type { CacheStore, CachedResponse } from './store';

/**
 * The response cache for public reads.
 *
 * What may be cached is decided by the subgraphs: each sets Cache-Control from its @cacheControl
 * hints, and @apollo/gateway keeps the most restrictive policy of the subgraphs a query called. An
 * answer is stored only when that policy is PUBLIC with a max-age, the request is anonymous (an
 * answer to someone signed in may depend on who they are), and the answer has no error. It is
 * stored as the exact bytes sent, for the policy's max-age (at most RESPONSE_CACHE_MAX_TTL_S), and
 * served before any GraphQL work (see gateway.ts).
 *
 * Invalidation: subgraphs tag their answers with the entities and scopes they hold (the kit's
 * cache-tags), and a mutation's subgraphs tag what it changed; after a mutation the gateway drops
 * every answer carrying one of its tags before replying, so the next read is fresh. A mutation whose
 * subgraphs name nothing (a subgraph not built on the kit) empties the whole cache.
 *
 * Why not @apollo/server-plugin-response-cache: it serves hits inside Apollo Server's pipeline (after
 * parsing, validation and plugins), re-serialises them, and has no invalidation but expiry.
 */
export interface RequestCacheState {
  /** The lookup key of an anonymous request, null when it may not be served from or stored in the cache. */
  key: string | null;
  epoch: string;
  /** Ask subgraphs for cache tags (a cacheable query, or a mutation). */
  collectTags: boolean;
  tags: Set<string>;
  mutation: boolean;
  /** Set when the answer may be stored. */
  store?: { ttlSeconds: number; operationName: string };
}

export class ResponseCache {
  constructor(
    readonly store: CacheStore,
    private readonly maxTtlSeconds: number,
    /** Changes with the supergraph, so replicas serving different graphs never share answers. */
    private readonly namespace: () => string,
    private readonly metrics: GatewayMetrics,
    private readonly logger: Logger,
  ) {}

  /** The key of a request: document (or APQ hash), operation name and variables. */
  key(params: GraphQLParams): string | null {
    const hash = params.extensions?.persistedQuery?.sha256Hash;
    const document = params.query ?? (typeof hash === 'string' ? `apq:${hash}` : null);
    if (!document) return null;
    return createHash('sha256')
      .update(this.namespace())
      .update('\0')
      .update(document)
      .update('\0')
      .update(params.operationName ?? '')
      .update('\0')
      .update(params.variables ? JSON.stringify(params.variables) : '')
      .digest('base64url');
  }

  /** The cached answer for a key, or a state to fill; a failing store counts as a miss. */
  async lookup(key: string): Promise<{ hit: CachedResponse | undefined; state: RequestCacheState }> {
    try {
      const { entry, epoch } = await this.store.get(key);
      this.metrics.cache.inc({ result: entry ? 'hit' : 'miss' });
      return { hit: entry, state: newState(key, epoch) };
    } catch (error) {
      this.metrics.cache.inc({ result: 'error' });
      this.logger.warn({ err: error }, 'response cache unavailable: answering without it');
      return { hit: undefined, state: newState(null, '') };
    }
  }

  /** Stores an answer (after it was sent); never fails the request. */
  async save(state: RequestCacheState, body: string): Promise<void> {
    if (!state.key || !state.store) return;
    const { ttlSeconds, operationName } = state.store;
    try {
      const stored = await this.store.set(state.key, { body, expiresAt: Date.now() + ttlSeconds * 1000, operationName }, [...state.tags], state.epoch);
      this.metrics.cache.inc({ result: stored ? 'store' : 'skip' });
    } catch (error) {
      this.metrics.cache.inc({ result: 'error' });
      this.logger.warn({ err: error }, 'could not store an answer in the response cache');
    }
  }

  newState(): RequestCacheState {
    return newState(null, '');
  }

  /** Drops what a mutation changed; waited for before the mutation's answer leaves. */
  async invalidate(tags: string[]): Promise<void> {
    try {
      if (tags.length) this.metrics.cacheInvalidations.inc(await this.store.invalidate(tags));
      else await this.store.invalidateAll();
    } catch (error) {
      this.metrics.cache.inc({ result: 'error' });
      this.logger.error({ err: error, tags: tags.length }, 'could not invalidate the response cache after a mutation');
    }
  }

  plugin<Ctx extends { cache?: RequestCacheState }>(): ApolloServerPlugin<Ctx> {
    const listener: GraphQLRequestListener<Ctx> = {
      didResolveOperation: async ({ operation, contextValue }) => {
        const state = contextValue.cache;
        if (!state || !operation) return;
        if (operation.operation === 'mutation') state.mutation = state.collectTags = true;
        else if (operation.operation === 'query' && state.key) state.collectTags = true;
      },
      willSendResponse: async ({ response, overallCachePolicy, contextValue, operationName }) => {
        const state = contextValue.cache;
        if (!state || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (state.mutation) {
          if (state.tags.size || result.data) await this.invalidate([...state.tags]);
          return;
        }
        if (!state.key || !state.collectTags || !result.data || result.errors?.length) return;
        const policy = overallCachePolicy.policyIfCacheable();
        if (!policy || policy.scope !== 'PUBLIC') {
          this.metrics.cache.inc({ result: 'skip' });
          return;
        }
        const ttlSeconds = Math.min(policy.maxAge, this.maxTtlSeconds);
        state.store = { ttlSeconds, operationName: operationName ?? '' };
        response.http.headers.set('cache-control', `max-age=${ttlSeconds}, public`);
      },
    };
    return { requestDidStart: async () => listener };
  }
}

function newState(key: string | null, epoch: string): RequestCacheState {
  return { key, epoch, collectTags: false, tags: new Set(), mutation: false };
}
