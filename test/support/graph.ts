import { SignJWT } from 'jose';
import pino from 'pino';
import { Pool } from 'pg';
import { InternalTokenSigner, generateGatewayKeyPair, privateKeyFromPem, publicKeyFromPem, type GatewayKeyPair, type Role } from '../../subgraphs/kit/src';
import { nationalSubgraphs } from '../../subgraphs/national';
import { JwtAuthenticator } from '../../gateway/src/auth';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../gateway/src/gateway';
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
  /** Another gateway in front of the same subgraphs (its own settings; `subgraphUrls` may point some elsewhere). */
  startGateway(options?: Partial<Pick<GatewayOptions, 'settings' | 'subgraphUrls' | 'supergraphSdl' | 'logger'>>): Promise<RunningGateway>;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  token(claims: { role: Role; sub?: string; adherentId?: string; epnId?: string; subgraph?: string }, options?: { expiresIn?: string; secret?: string; audience?: string; issuer?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** A whole graph for a test file: its own database copy, real subgraphs and gateway over HTTP. */
export async function startTestGraph(overrides: Partial<GraphOptions> = {}): Promise<TestGraph> {
  const database = await createTestDatabase();
  const keyPair = overrides.keyPair ?? generateGatewayKeyPair();
  const supergraphSdl = overrides.supergraphSdl ?? composeFromFiles().supergraphSdl;
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const graph = await startGraph({
    databaseUrl: database.url,
    logger,
    keyPair,
    supergraphSdl,
    jwtSecret: TEST_JWT_SECRET,
    ...overrides,
    // One test client makes many requests from one address: rate limiting is on only where a test asks for it.
    gatewaySettings: { rateLimit: { enabled: false, requests: 1, windowSeconds: 1 }, ...overrides.gatewaySettings },
  });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const extraGateways: RunningGateway[] = [];
  return {
    graph,
    database,
    url: graph.gatewayUrl,
    keyPair,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    startGateway: async (options = {}) => {
      const gateway = await startGateway({
        supergraphSdl,
        signer: new InternalTokenSigner(privateKeyFromPem(keyPair.privateKeyPem)),
        authenticator: new JwtAuthenticator({
          secret: TEST_JWT_SECRET, issuer: 'netpublic-graph', audience: 'netpublic-graph',
          internal: { publicKey: publicKeyFromPem(keyPair.publicKeyPem), trustedSubgraphs: nationalSubgraphs.map((d) => d.name) },
        }),
        logger,
        port: 0,
        ...options,
        subgraphUrls: { ...Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.server.url])), ...options.subgraphUrls },
      });
      extraGateways.push(gateway);
      return gateway;
    },
    query: (query, variables, token) => postGraphQL(graph.gatewayUrl, query, variables, token),
    token: (claims, options) => signTestToken(claims, options),
    stop: async () => {
      for (const gateway of extraGateways) await gateway.close();
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
