import { readFileSync } from 'node:fs';
import pino from 'pino';
import {
  InternalTokenVerifier, createDataSource, generateGatewayKeyPair, migrate, publicKeyFromPem, serveSubgraph,
  type GatewayKeyPair, type RunningServer,
} from '../../subgraphs/kit/src';
import { regionalTemplateSubgraph } from '../../subgraphs/regional-template/src';
import { startGraph, type RunningGraph } from '../../scripts/lib/runtime';
import { createTestDatabase, type TestDatabase } from './database';
import { TEST_JWT_SECRET, postGraphQL, signTestToken, type GraphQLResponse } from './graph';

export const TEMPLATE_SDL = readFileSync(regionalTemplateSubgraph.schemaFile, 'utf8');
export const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export interface AdminResponse<T = any> {
  status: number;
  body: T;
}

export interface RegistryTestGraph {
  graph: RunningGraph;
  database: TestDatabase;
  keyPair: GatewayKeyPair;
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** The gateway's origin (admin API, well-known key). */
  origin: string;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  admin<T = any>(method: string, path: string, token?: string, body?: unknown, origin?: string): Promise<AdminResponse<T>>;
  adminToken(): Promise<string>;
  centreToken(subgraph: string): Promise<string>;
  /** Runs the regional template as its own HTTP server (migrating its schema on first start). */
  startRegional(port?: number): Promise<RunningServer>;
  stopRegional(): Promise<void>;
  regional: RunningServer | null;
  stop(): Promise<void>;
}

/** The four national subgraphs and a gateway serving the schema registry, on a private database copy. */
export async function startRegistryGraph(): Promise<RegistryTestGraph> {
  const database = await createTestDatabase();
  const keyPair = generateGatewayKeyPair();
  const graph = await startGraph({
    databaseUrl: database.url, logger, keyPair, jwtSecret: TEST_JWT_SECRET, registry: { pollMs: 60_000 },
    // One test client sends the load from one address: rate limiting is tested on its own.
    gatewaySettings: { rateLimit: { enabled: false, requests: 1, windowSeconds: 1 } },
  });
  const regionalDataSource = createDataSource({
    url: database.url, schema: regionalTemplateSubgraph.databaseSchema, entities: regionalTemplateSubgraph.entities,
    migrations: regionalTemplateSubgraph.migrations, logger, poolSize: 4,
  });
  await regionalDataSource.initialize();
  await migrate(regionalDataSource, regionalTemplateSubgraph.databaseSchema, logger);
  const origin = graph.gatewayUrl.replace(/\/graphql$/, '');
  const harness: RegistryTestGraph = {
    graph,
    database,
    keyPair,
    url: graph.gatewayUrl,
    origin,
    regional: null,
    query: (query, variables, token) => postGraphQL(graph.gatewayUrl, query, variables, token),
    admin: async (method, path, token, body, at = origin) => {
      const response = await fetch(`${at}${path}`, {
        method,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
    },
    adminToken: () => signTestToken({ role: 'NATIONAL_ADMIN', sub: 'mission-societe-numerique' }),
    centreToken: (subgraph) => signTestToken({ role: 'REGIONAL_CENTRE', sub: `centre-${subgraph}`, subgraph }),
    startRegional: async (port = 0) => {
      harness.regional = await serveSubgraph({
        definition: regionalTemplateSubgraph, dataSource: regionalDataSource, port, logger,
        verifier: new InternalTokenVerifier(publicKeyFromPem(keyPair.publicKeyPem), regionalTemplateSubgraph.name),
      });
      return harness.regional;
    },
    stopRegional: async () => {
      await harness.regional?.close();
      harness.regional = null;
    },
    stop: async () => {
      // Each step runs even if one before it failed, so nothing outlives the test file.
      const steps = [() => graph.stop(), () => harness.stopRegional(), () => regionalDataSource.destroy(), () => database.drop()];
      const errors: unknown[] = [];
      for (const step of steps) await step().catch((error: unknown) => errors.push(error));
      if (errors.length) throw errors[0];
    },
  };
  return harness;
}
