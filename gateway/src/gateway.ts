import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context as otelContext, propagation, trace } from '@opentelemetry/api';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS, readBody, sendJson, type InternalTokenSigner, type Logger, type Viewer } from '../../subgraphs/kit/src';
import type { Authenticator } from './auth';
import { MemoryCacheStore } from './cache/memory-store';
import { RedisCacheStore } from './cache/redis-store';
import { ResponseCache, type RequestCacheState } from './cache/response-cache';
import { defaultGatewaySettings, type GatewaySettings } from './config';
import { errorsPlugin, formatGatewayError, withRequestId } from './errors';
import { graphiqlAsset, graphiqlPage } from './graphiql';
import { LiveSupergraph, supergraphId } from './live-supergraph';
import { ReadinessProbe } from './health';
import {
  CSRF_MESSAGE, Cors, HttpError, MEDIA_TYPES, acceptedRequestId, clientAddress, isJsonContentType, isPreflighted, negotiateMediaType,
  paramsFromBody, paramsFromSearch, sendError, type GraphQLParams, type ResponseMediaType,
} from './http';
import { costPlugin, operationLimitsRule, type CostPlan } from './limits';
import { GatewayMetrics } from './metrics';
import { RateLimiter } from './rate-limit';
import { connectRedis, RedisKeyValueCache } from './redis';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
import { TrustedDocuments } from './trusted-documents';

export { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

/**
 * A subgraph presenting the gateway's own token may read the graph for a rule, never write: a
 * mutation reached through a subgraph would act without the client having asked for it.
 */
const readsOnlyForSubgraphs: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.callerSubgraph && operation && operation.operation !== 'query') {
          throw new GraphQLError(`The ${contextValue.callerSubgraph} subgraph may only read the graph with a gateway token; ${operation.operation}s are refused.`, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
};

/** An extra HTTP route of the gateway (dashboard, exports, admin APIs); matched before /graphql. */
export interface GatewayRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Exact path, or a pattern whose groups the handler reads. */
  path: string | RegExp;
  handle(req: IncomingMessage, res: ServerResponse, context: GatewayRouteContext): Promise<void> | void;
}

export interface GatewayRouteContext {
  url: URL;
  match: RegExpExecArray | null;
  requestId: string;
  logger: Logger;
  /** The viewer from the request's bearer token (throws UNAUTHENTICATED for a bad token). */
  viewer(): Promise<Viewer>;
  /** For routes that change data outside GraphQL mutations: drops cached answers with these tags (all with none). */
  invalidateCache(tags: string[]): Promise<void>;
}

export interface GatewayOptions {
  /** The supergraph served at start; `RunningGateway.supergraph.update` replaces it live. */
  supergraphSdl: string;
  /** Its registry version, when it comes from the registry. */
  supergraphVersion?: number;
  /** Subgraph name → URL, overriding the URL recorded in the supergraph. */
  subgraphUrls?: Record<string, string>;
  signer: InternalTokenSigner;
  authenticator: Authenticator;
  logger: Logger;
  port: number;
  host?: string;
  /** Overrides of the defaults (which are what an empty environment gives: see config.ts). */
  settings?: Partial<Omit<GatewaySettings, 'limits'>> & { limits?: Partial<GatewaySettings['limits']> };
  plugins?: ApolloServerPlugin<GatewayContext>[];
  routes?: GatewayRoute[];
}

export interface RunningGateway {
  url: string;
  port: number;
  metrics: GatewayMetrics;
  supergraph: LiveSupergraph;
  /** Stops accepting connections, lets in-flight requests finish (SHUTDOWN_TIMEOUT_MS at most), then releases everything. */
  close(): Promise<void>;
}

/** What a request leaves for metrics and traces; an object, because Apollo Server shallow-copies the context. */
interface RequestRecord {
  operationName: string | null;
  operationType: string;
  errors: number;
}

class RequestContext implements GatewayContext {
  private requestLogger: Logger | undefined;

  constructor(
    readonly viewer: Viewer,
    readonly requestId: string,
    private readonly parentLogger: Logger,
    readonly record: RequestRecord,
    readonly cache?: RequestCacheState,
    /** A national subgraph reading the graph back for one of its rules (reads only). */
    readonly callerSubgraph: string | null = null,
  ) {}

  /** Created on first use: most requests log nothing. */
  get logger(): Logger {
    return (this.requestLogger ??= this.parentLogger.child({ requestId: this.requestId, ...(this.callerSubgraph ? { callerSubgraph: this.callerSubgraph } : {}) }));
  }
}

const tracer = trace.getTracer('netpublic-gateway');
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const defaults = defaultGatewaySettings();
  const settings: GatewaySettings = { ...defaults, ...options.settings, limits: { ...defaults.limits, ...options.settings?.limits } };
  const { logger } = options;
  // @apollo/gateway otherwise reports usage to Apollo's servers every few seconds (and probes cloud
  // metadata endpoints); a public-sector graph sends nothing to third parties unless told to.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

  const trusted = TrustedDocuments.load(settings.trustedDocuments, settings.trustedDocumentsRequired);
  const metrics = new GatewayMetrics(trusted.operationNames, settings.metrics);
  const redis = settings.redis ? await connectRedis(settings.redis.url, logger) : null;
  const keyPrefix = settings.redis?.keyPrefix ?? '';
  const cache = settings.responseCache.enabled
    ? new ResponseCache(
        redis ? new RedisCacheStore(redis, `${keyPrefix}cache:`) : new MemoryCacheStore(settings.responseCache.maxBytes),
        // Keys change with the served supergraph, so answers never outlive the graph they came from.
        settings.responseCache.maxTtlSeconds, () => gateway.served()?.id ?? supergraphId(options.supergraphSdl), metrics, logger,
      )
    : null;
  const rateLimiter = settings.rateLimit.enabled
    ? new RateLimiter(settings.rateLimit.requests, settings.rateLimit.windowSeconds, redis ? { client: redis, keyPrefix } : null, logger)
    : null;
  const cors = new Cors(settings.corsOrigins);

  const gateway = new LiveSupergraph({
    supergraphSdl: options.supergraphSdl,
    version: options.supergraphVersion,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, options.subgraphUrls?.[name] ?? url ?? '', {
        signer: options.signer, timeoutMs: settings.subgraphTimeoutMs, deduplicate: settings.subgraphDeduplication, metrics, propagateTrace: settings.tracing,
      }),
    logger,
  });
  /** The subgraphs of the supergraph being served (it changes with live publishes), where they really are. */
  const subgraphUrls = () => {
    const urls = new Map<string, string>();
    for (const { name, url } of gateway.subgraphs()) urls.set(name, options.subgraphUrls?.[name] ?? url);
    return urls;
  };
  // Fields may declare their own maximum page size in the schema (@listSize): the served supergraph's.
  const limits = { ...settings.limits, listSizes: () => gateway.listSizes() };
  const costPlans = new WeakMap<OperationDefinitionNode, CostPlan>();
  const recordOperation: GraphQLRequestListener<RequestContext> = {
    async didResolveOperation({ operation, operationName, contextValue }) {
      contextValue.record.operationName = operationName;
      contextValue.record.operationType = operation?.operation ?? 'unknown';
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind === 'single') contextValue.record.errors = response.body.singleResult.errors?.length ?? 0;
    },
  };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: settings.introspection,
    hideSchemaDetailsFromClientErrors: !settings.introspection,
    // The process stops servers in order (gateway, subgraphs, database); Apollo must not re-raise the signal itself.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // Checked before the response cache too (see serveGraphQL); Apollo's check stays as a second line.
    csrfPrevention: settings.csrfPrevention,
    parseOptions: { maxTokens: settings.limits.maxTokens },
    validationRules: [operationLimitsRule(limits, costPlans)],
    formatError: formatGatewayError,
    persistedQueries: settings.apq ? (redis ? { cache: new RedisKeyValueCache(redis, `${keyPrefix}apq:`), ttl: 86_400 } : { ttl: 86_400 }) : false,
    logger: logger.child({ component: 'apollo-server' }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      readsOnlyForSubgraphs,
      costPlugin(limits, costPlans),
      errorsPlugin(logger, metrics),
      { requestDidStart: async () => recordOperation } as ApolloServerPlugin<GatewayContext>,
      ...(cache ? [cache.plugin<GatewayContext>()] : []),
      ...(options.plugins ?? []),
    ],
  });
  try {
    await apollo.start();
  } catch (error) {
    redis?.disconnect();
    throw error;
  }
  let loaded = true;

  let draining = false;
  let inFlight = 0;
  const readiness = new ReadinessProbe({
    subgraphs: subgraphUrls,
    supergraphId: () => gateway.served()?.id ?? null,
    loaded: () => loaded,
    draining: () => draining,
    signer: options.signer,
    timeoutMs: settings.readyTimeoutMs,
    redis,
  });

  /** Token subject when signed in, else the address: who the rate limit counts. */
  const rateLimited = async (req: IncomingMessage, res: ServerResponse, viewer: Viewer | null, requestId: string, mediaType: ResponseMediaType): Promise<boolean> => {
    if (!rateLimiter) return false;
    const client = viewer?.subject ? `sub:${viewer.subject}` : `ip:${clientAddress(req, settings.trustProxyHops)}`;
    const verdict = await rateLimiter.consume(client);
    if (verdict.allowed) return false;
    metrics.rateLimited.inc();
    sendError(res, 429, mediaType, requestId, 'RATE_LIMITED', rateLimiter.message(verdict.retryAfterSeconds), { retryAfterSeconds: verdict.retryAfterSeconds }, {
      'retry-after': String(verdict.retryAfterSeconds),
    });
    return true;
  };

  const serveGraphQL = async (req: IncomingMessage, res: ServerResponse, requestId: string, search: string, record: RequestRecord): Promise<string> => {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, { allow: 'GET, POST, OPTIONS' });
      res.end();
      return 'ok';
    }
    if (method !== 'GET' && method !== 'POST') {
      sendError(res, 405, MEDIA_TYPES.JSON, requestId, 'METHOD_NOT_ALLOWED', `${method} is not allowed on /graphql: use POST, or GET for queries.`, {}, { allow: 'GET, POST, OPTIONS' });
      return 'refused';
    }
    const mediaType = negotiateMediaType(req.headers.accept);
    if (!mediaType) {
      sendError(res, 406, MEDIA_TYPES.JSON, requestId, 'NOT_ACCEPTABLE', `The Accept header (${req.headers.accept}) accepts neither ${MEDIA_TYPES.GRAPHQL_RESPONSE_JSON} nor ${MEDIA_TYPES.JSON}.`);
      return 'refused';
    }

    let viewer: Viewer = ANONYMOUS;
    let callerSubgraph: string | null = null;
    let authError: unknown = null;
    if (req.headers.authorization) {
      try {
        if (options.authenticator.authenticate) ({ viewer, callerSubgraph } = await options.authenticator.authenticate(req.headers.authorization));
        else viewer = await options.authenticator.viewerFrom(req.headers.authorization);
      } catch (error) {
        authError = error;
      }
    }
    // A national subgraph reading the graph for a rule is the gateway's own traffic, not a client's.
    if (!callerSubgraph && (await rateLimited(req, res, authError ? null : viewer, requestId, mediaType))) return 'rate_limited';
    if (authError) {
      sendError(res, 401, mediaType, requestId, 'UNAUTHENTICATED', authError instanceof Error ? authError.message : 'Invalid token.');
      return 'refused';
    }
    const anonymous = viewer.role === 'ANONYMOUS';

    let params: GraphQLParams;
    try {
      if (method === 'POST') {
        if (!isJsonContentType(req.headers['content-type'])) {
          throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `A POST to /graphql needs Content-Type: application/json (got ${req.headers['content-type'] ?? 'none'}).`);
        }
        const raw = await readBody(req, settings.maxBodyBytes);
        if (raw === null) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${settings.maxBodyBytes} bytes (MAX_BODY_BYTES).`);
        let body: unknown;
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        }
        params = paramsFromBody(body);
      } else {
        params = paramsFromSearch(search);
      }
      if (settings.csrfPrevention && method === 'GET' && !isPreflighted(req)) throw new HttpError(400, 'BAD_REQUEST', CSRF_MESSAGE);
      trusted.resolve(params, anonymous);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendError(res, error.status, mediaType, requestId, error.code, error.message, {}, error.headers);
      return 'refused';
    }
    record.operationName = params.operationName ?? null;

    let cacheState: RequestCacheState | undefined;
    if (cache) {
      const key = anonymous ? cache.key(params) : null;
      if (key) {
        const { hit, state } = await cache.lookup(key);
        if (hit) {
          const maxAge = Math.max(0, Math.floor((hit.expiresAt - Date.now()) / 1000));
          res.setHeader('content-type', `${mediaType}; charset=utf-8`);
          res.setHeader('cache-control', `max-age=${maxAge}, public`);
          res.setHeader('x-cache', 'HIT');
          res.end(hit.body);
          record.operationName = hit.operationName || record.operationName;
          record.operationType = 'query';
          return 'cache_hit';
        }
        cacheState = state;
      } else {
        cacheState = cache.newState();
      }
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const context = new RequestContext(viewer, requestId, logger, record, cacheState, callerSubgraph);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: method === 'GET' ? searchOf(params) : search, body: method === 'POST' ? params : undefined },
      context: async () => context,
    });
    const status = response.status ?? 200;
    res.statusCode = status;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    // An answer to someone signed in may depend on who they are: no shared cache may keep it.
    if (!anonymous) res.setHeader('cache-control', 'private, no-store');
    if (cacheState?.key) res.setHeader('x-cache', cacheState.store ? 'MISS' : 'BYPASS');
    if (response.body.kind === 'complete') {
      const body = status >= 400 && !response.body.string.includes('"requestId"') ? withRequestId(response.body.string, requestId) : response.body.string;
      res.end(body);
      if (cacheState?.store && status === 200) void cache!.save(cacheState, body);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    if (status >= 400) {
      // Refused before the operation was resolved: its name, for metrics, from the document's first line.
      record.operationName ??= params.query ? OPERATION_NAME.exec(params.query)?.[1] ?? null : null;
      return 'refused';
    }
    return record.errors ? 'error' : 'ok';
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const search = queryAt < 0 ? '' : rawUrl.slice(queryAt);
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok', ...(draining ? { draining: true } : {}) });
    if (pathname === '/ready') {
      const { ready, body } = await readiness.check();
      return sendJson(res, ready ? 200 : 503, body);
    }
    if (pathname === '/metrics' && settings.metrics) {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      return res.end(text);
    }
    if (req.method === 'GET' && (pathname === '/' || pathname === '/graphiql')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(graphiqlPage('/graphql'));
    }
    if (req.method === 'GET' && pathname.startsWith('/graphiql/')) {
      const asset = graphiqlAsset(pathname.slice('/graphiql/'.length));
      if (!asset) return sendJson(res, 404, { error: 'No such GraphiQL asset.' });
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
      return res.end(asset.body);
    }

    const requestId = acceptedRequestId(req.headers['x-request-id']) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    if (draining) {
      res.setHeader('connection', 'close');
      return sendError(res, 503, MEDIA_TYPES.JSON, requestId, 'SHUTTING_DOWN', 'This gateway is shutting down: retry, another replica will answer.', {}, { 'retry-after': '1' });
    }
    if (cors.handle(req, res, requestId)) return;

    for (const route of options.routes ?? []) {
      if (route.method !== req.method) continue;
      const matches = typeof route.path === 'string' ? route.path === pathname : route.path.test(pathname);
      if (!matches) continue;
      const viewer = () => options.authenticator.viewerFrom(req.headers.authorization);
      if (await rateLimited(req, res, req.headers.authorization ? await viewer().catch(() => null) : null, requestId, MEDIA_TYPES.JSON)) return;
      return route.handle(req, res, {
        url: new URL(rawUrl, 'http://gateway'), match: typeof route.path === 'string' ? null : route.path.exec(pathname), requestId,
        logger: logger.child({ requestId }), viewer,
        invalidateCache: (tags) => (cache ? cache.invalidate(tags) : Promise.resolve()),
      });
    }
    if (pathname !== '/graphql') return sendJson(res, 404, { error: 'Not found: the graph is at /graphql, GraphiQL at /.' });

    const started = performance.now();
    const record: RequestRecord = { operationName: null, operationType: 'unknown', errors: 0 };
    let outcome: string;
    if (settings.tracing) {
      const parent = propagation.extract(ROOT_CONTEXT, req.headers);
      const span = tracer.startSpan(`${req.method} /graphql`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': pathname, 'netpublic.request_id': requestId } }, parent);
      try {
        outcome = await otelContext.with(trace.setSpan(parent, span), () => serveGraphQL(req, res, requestId, search, record));
      } finally {
        span.setAttributes({ 'http.response.status_code': res.statusCode, 'graphql.operation.name': record.operationName ?? '', 'graphql.operation.type': record.operationType });
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    } else {
      outcome = await serveGraphQL(req, res, requestId, search, record);
    }
    metrics.observeRequest(metrics.operationLabel(record.operationName), record.operationType, outcome, (performance.now() - started) / 1000);
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ requestId, operationName: record.operationName, outcome, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    }
  };

  const server = http.createServer((req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
    });
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, requestId: res.getHeader('x-request-id') }, 'unhandled error while serving a request');
      if (!res.headersSent) {
        sendError(res, 500, MEDIA_TYPES.JSON, String(res.getHeader('x-request-id') ?? ''), 'INTERNAL_SERVER_ERROR', 'Internal error in the gateway: it is logged with this request id.');
      } else {
        res.end();
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    redis?.disconnect();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  const url = `http://${host}:${port}/graphql`;
  logger.info({ url, supergraph: gateway.served(), subgraphs: [...subgraphUrls().keys()], cache: cache?.store.kind ?? 'off', rateLimit: Boolean(rateLimiter), trustedDocuments: trusted.size }, 'gateway listening');

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    metrics,
    supergraph: gateway,
    close: () =>
      (closing ??= (async () => {
        draining = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = Date.now() + settings.shutdownTimeoutMs;
        while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
        if (inFlight > 0) logger.warn({ inFlight }, 'shutdown timeout: closing the remaining connections');
        // Keep-alive connections idle since their last answer, and any request past the deadline.
        server.closeAllConnections();
        await closed;
        loaded = false;
        await apollo.stop();
        await cache?.store.close();
        await redis?.quit().catch(() => undefined);
        logger.info('gateway stopped');
      })()),
  };
}

/** A GET request's query string after the gateway filled in a trusted document. */
function searchOf(params: GraphQLParams): string {
  const search = new URLSearchParams();
  if (params.query) search.set('query', params.query);
  if (params.operationName) search.set('operationName', params.operationName);
  if (params.variables) search.set('variables', JSON.stringify(params.variables));
  if (params.extensions && Object.keys(params.extensions).length) search.set('extensions', JSON.stringify(params.extensions));
  return `?${search}`;
}
