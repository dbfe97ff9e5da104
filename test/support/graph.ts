import { SignJWT } from 'jose';
import pino from 'pino';
import { Pool } from 'pg';
import { generateGatewayKeyPair, type GatewayKeyPair, type Role } from '../../subgraphs/kit/src';
import { composeFromFiles } from '../../scripts/lib/compose';
import { startGraph, type GraphOptions, type RunningGraph } from '../../scripts/lib/runtime';
import { createTestDatabase, type TestDatabase } from './database';

export const TEST_JWT_SECRET = 'test-secret-of-at-least-32-characters!';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

export interface TestGraph {
  graph: RunningGraph;
  database: TestDatabase;
  url: string;
  /** The gateway's key pair (it signs the viewer for subgraphs). */
  keyPair: GatewayKeyPair;
  /** SQL on the test's database copy, to set up cases and to check what a mutation wrote (or did not). */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  token(claims: { role: Role; sub?: string; adherentId?: string; epnId?: string; subgraph?: string }, options?: { expiresIn?: string; secret?: string; audience?: string; issuer?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** A whole graph for a test file: its own database copy, real subgraphs and gateway over HTTP. */
export async function startTestGraph(overrides: Partial<GraphOptions> = {}): Promise<TestGraph> {
  const database = await createTestDatabase();
  const keyPair = generateGatewayKeyPair();
  const graph = await startGraph({
    databaseUrl: database.url,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    keyPair,
    supergraphSdl: composeFromFiles().supergraphSdl,
    jwtSecret: TEST_JWT_SECRET,
    ...overrides,
  });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  return {
    graph,
    database,
    url: graph.gatewayUrl,
    keyPair,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    query: (query, variables, token) => postGraphQL(graph.gatewayUrl, query, variables, token),
    token: (claims, options) => signTestToken(claims, options),
    stop: async () => {
      await graph.stop();
      await pool.end();
      await database.drop();
    },
  };
}

export async function postGraphQL<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

export async function signTestToken(
  claims: { role: Role; sub?: string; adherentId?: string; epnId?: string; subgraph?: string },
  options: { expiresIn?: string; secret?: string; audience?: string; issuer?: string } = {},
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub ?? `test-${claims.role.toLowerCase()}`)
    .setIssuer(options.issuer ?? 'netpublic-graph')
    .setAudience(options.audience ?? 'netpublic-graph')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}
