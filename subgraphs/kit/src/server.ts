import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext as ApolloBaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type GraphQLFormattedError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { cacheTagsPlugin, entityKeyFields } from './cache-tags';
import { INTERNAL_TOKEN_HEADER, InternalTokenRejected, type InternalTokenVerifier } from './internal-auth';
import { GraphClient } from './graph-client';
import type { Logger } from './logger';
import { ANONYMOUS, type Viewer } from './viewer';

/** What every resolver of every subgraph can rely on. */
export interface BaseContext extends ApolloBaseContext {
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  /**
   * Reads the graph through the gateway as this request's viewer (rules that need another
   * subgraph's data). Absent when the subgraph runs without a gateway (in-process tests).
   */
  graph?: GraphClient;
}

/** Everything that makes one subgraph: the same definition serves `npm start`, tests and containers. */
export interface SubgraphDefinition<Ctx extends BaseContext = BaseContext> {
  /** The name the supergraph knows it by (also the audience of gateway tokens). */
  name: string;
  /** Its schema.graphql, Federation 2, the single source of its SDL. */
  schemaFile: string;
  /** The PostgreSQL schema it owns. */
  databaseSchema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  resolvers: unknown;
  createContext(base: BaseContext, dataSource: DataSource): Ctx;
  /** Its rules read the graph through the gateway (BaseContext.graph): run alone, it needs GATEWAY_URL. */
  readsGraph?: boolean;
  /** HTTP routes beside /graphql (file uploads…): gateway callers only, like /graphql. */
  routes?: SubgraphRoute[];
  /**
   * Brings data derived with application code up to date (e.g. the epn subgraph compiles opening
   * hours for its directory search). Runs after migrations and after seeding; must be idempotent
   * and cheap when there is nothing to do.
   */
  maintain?(dataSource: DataSource, logger: Logger): Promise<unknown>;
}

/** An HTTP route of a subgraph, reached through the gateway, which passes the verified viewer. */
export interface SubgraphRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, context: SubgraphRouteContext): Promise<void>;
}

export interface SubgraphRouteContext {
  url: URL;
  viewer: Viewer;
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  /** Reads the graph as this request's viewer (see GraphClient). */
  graph: GraphClient;
}

export function loadTypeDefs(schemaFile: string): DocumentNode {
  return parse(readFileSync(schemaFile, 'utf8'));
}

export function buildSchema(definition: SubgraphDefinition<any>, typeDefs = loadTypeDefs(definition.schemaFile)): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> });
}

/**
 * Internal errors never leave the subgraph: stack traces and SQL go to the log with the request id;
 * the caller gets a stable code and that id.
 */
export function maskInternalErrors(subgraph: string, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const known = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
    if (known) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = randomUUID();
    logger.error({ err: unwrap(error), errorId, path: formatted.path }, 'internal error');
    return {
      message: `Internal error in the ${subgraph} subgraph (error id ${errorId}).`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph, errorId },
    };
  };
}

function unwrap(error: unknown): unknown {
  return error && typeof error === 'object' && 'originalError' in error && error.originalError ? error.originalError : error;
}

export function createApolloSubgraph<Ctx extends BaseContext>(definition: SubgraphDefinition<Ctx>, logger: Logger, plugins: ApolloServerPlugin<Ctx>[] = []): ApolloServer<Ctx> {
  const typeDefs = loadTypeDefs(definition.schemaFile);
  return new ApolloServer<Ctx>({
    schema: buildSchema(definition, typeDefs),
    formatError: maskInternalErrors(definition.name, logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // The process stops servers in order (gateway, subgraphs, database); Apollo must not re-raise the signal itself.
    stopOnTerminationSignals: false,
    logger: logger.child({ component: 'apollo-server' }),
    // Inline traces serve Apollo's hosted studio, which this graph does not use.
    // Cache tags: what each answer depends on and what each mutation changed, for the gateway's response cache.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), cacheTagsPlugin<Ctx>(entityKeyFields(typeDefs)), ...plugins],
  });
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions<Ctx extends BaseContext> {
  definition: SubgraphDefinition<Ctx>;
  dataSource: DataSource;
  port: number;
  host?: string;
  /** Verifies the gateway's token; without it (tests of a lone subgraph only) every caller is anonymous. */
  verifier: InternalTokenVerifier | null;
  logger: Logger;
  /** The gateway's /graphql, for reads of the graph (GATEWAY_URL); a function when known only later. */
  gatewayUrl?: string | (() => string | undefined);
  /** Timeout of one read of the graph. */
  graphTimeoutMs?: number;
  maxBodyBytes?: number;
  plugins?: ApolloServerPlugin<Ctx>[];
}

/** Serves a subgraph over HTTP: POST/GET /graphql (gateway callers only), GET /health, GET /ready. */
export async function serveSubgraph<Ctx extends BaseContext>(options: ServeOptions<Ctx>): Promise<RunningServer> {
  const { definition, dataSource, verifier, logger } = options;
  const apollo = createApolloSubgraph(definition, logger, options.plugins);
  await apollo.start();
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const configuredGatewayUrl = options.gatewayUrl;
  const gatewayUrl = typeof configuredGatewayUrl === 'function' ? configuredGatewayUrl : () => configuredGatewayUrl;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', subgraph: definition.name });
    if (url.pathname === '/ready') {
      try {
        await dataSource.query('SELECT 1');
        return sendJson(res, 200, { status: 'ready', subgraph: definition.name, database: 'up' });
      } catch {
        return sendJson(res, 503, { status: 'not ready', subgraph: definition.name, database: 'down' });
      }
    }
    const route = definition.routes?.find((r) => r.path === url.pathname && r.method === req.method);
    if (url.pathname !== '/graphql' && !route) return sendJson(res, 404, { error: 'Not found: this subgraph serves /graphql, /health and /ready.' });

    const requestId = headerValue(req, 'x-request-id') ?? randomUUID();
    const requestLogger = logger.child({ requestId });
    let viewer: Viewer = ANONYMOUS;
    const gatewayToken = headerValue(req, INTERNAL_TOKEN_HEADER) ?? null;
    if (verifier) {
      try {
        viewer = await verifier.verify(gatewayToken ?? undefined);
      } catch (error) {
        const reason = error instanceof InternalTokenRejected ? error.message : 'gateway token rejected';
        requestLogger.warn({ reason, remote: req.socket.remoteAddress }, 'refused a caller that is not the gateway');
        return sendJson(res, 401, {
          errors: [{ message: `The ${definition.name} subgraph only answers the NetPublic gateway (${reason}).`, extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
    }

    // Only a verified token is handed on: it is what the gateway accepts back from this subgraph.
    const graph = new GraphClient({ url: gatewayUrl, token: verifier ? gatewayToken : null, requestId, logger: requestLogger, timeoutMs: options.graphTimeoutMs });
    if (route) return route.handle(req, res, { url, viewer, requestId, logger: requestLogger, dataSource, graph });

    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      if (raw === null) return sendJson(res, 413, { errors: [{ message: `Request body larger than ${maxBodyBytes} bytes.`, extensions: { code: 'BAD_REQUEST' } }] });
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => definition.createContext({ viewer, requestId, logger: requestLogger, graph }, dataSource),
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

  let closing = false;
  const server = http.createServer((req, res) => {
    // While closing, each answer ends its connection: a client keeping a connection busy (the gateway
    // under load) would otherwise hold the server open forever.
    if (closing) res.setHeader('connection', 'close');
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
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}/graphql`;
  logger.info({ subgraph: definition.name, url }, 'subgraph listening');
  return {
    url,
    port,
    close: async () => {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** The body as text, or null once it exceeds `limit` bytes (the rest is not read). */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}
