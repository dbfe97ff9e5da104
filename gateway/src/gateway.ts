import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import {
  ANONYMOUS, INTERNAL_TOKEN_HEADER, headerValue, readBody, sendJson,
  type InternalTokenSigner, type Logger, type Viewer,
} from '../../subgraphs/kit/src';
import type { Authenticator } from './auth';
import { graphiqlAsset, graphiqlPage } from './graphiql';
import { LiveSupergraph } from './live-supergraph';

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /** A national subgraph reading the graph back for one of its rules (reads only). */
  callerSubgraph?: string | null;
}

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

/** Calls one subgraph over HTTP, carrying the verified viewer in a token signed for that subgraph. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string,
    private readonly signer: InternalTokenSigner,
    timeoutMs: number,
  ) {
    // Node's fetch (undici) keeps connections alive; the timeout bounds a slow subgraph.
    super({
      url,
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    const viewer = 'viewer' in context && context.viewer ? context.viewer : ANONYMOUS;
    headers.set(INTERNAL_TOKEN_HEADER, await this.signer.tokenFor(this.subgraphName, viewer));
    if ('requestId' in context && context.requestId) headers.set('x-request-id', context.requestId);
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
  subgraphTimeoutMs?: number;
  maxBodyBytes?: number;
  plugins?: ApolloServerPlugin<GatewayContext>[];
  routes?: GatewayRoute[];
}

export interface RunningGateway {
  url: string;
  port: number;
  supergraph: LiveSupergraph;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { logger } = options;
  const gateway = new LiveSupergraph({
    supergraphSdl: options.supergraphSdl,
    version: options.supergraphVersion,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, options.subgraphUrls?.[name] ?? url ?? '', options.signer, options.subgraphTimeoutMs ?? 10_000),
    logger,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    // The process stops servers in order (gateway, subgraphs, database); Apollo must not re-raise the signal itself.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    logger: logger.child({ component: 'apollo-server' }),
    plugins: [ApolloServerPluginLandingPageDisabled(), readsOnlyForSubgraphs, ...(options.plugins ?? [])],
  });
  await apollo.start();
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/graphiql')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(graphiqlPage('/graphql'));
    }
    if (req.method === 'GET' && url.pathname.startsWith('/graphiql/')) {
      const asset = graphiqlAsset(url.pathname.slice('/graphiql/'.length));
      if (!asset) return sendJson(res, 404, { error: 'No such GraphiQL asset.' });
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
      return res.end(asset.body);
    }
    const requestId = headerValue(req, 'x-request-id') ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    const requestLogger = logger.child({ requestId });
    for (const route of options.routes ?? []) {
      if (route.method !== req.method) continue;
      const matches = typeof route.path === 'string' ? route.path === url.pathname : route.path.test(url.pathname);
      if (!matches) continue;
      return route.handle(req, res, {
        url, match: typeof route.path === 'string' ? null : route.path.exec(url.pathname), requestId, logger: requestLogger,
        viewer: () => options.authenticator.viewerFrom(headerValue(req, 'authorization')),
      });
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'Not found: the graph is at /graphql, GraphiQL at /.' });

    let viewer: Viewer;
    let callerSubgraph: string | null = null;
    try {
      const authorization = headerValue(req, 'authorization');
      if (options.authenticator.authenticate) ({ viewer, callerSubgraph } = await options.authenticator.authenticate(authorization));
      else viewer = await options.authenticator.viewerFrom(authorization);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Invalid token.';
      return sendJson(res, 401, { errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId } }] });
    }

    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      if (raw === null) {
        return sendJson(res, 413, { errors: [{ message: `The request body is larger than ${maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE', requestId } }] });
      }
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', requestId } }] });
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ viewer, requestId, logger: callerSubgraph ? requestLogger.child({ callerSubgraph }) : requestLogger, callerSubgraph }),
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'unhandled error while serving a request');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  logger.info({ url: `http://${host}:${port}/graphql` }, 'gateway listening');
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    supergraph: gateway,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
