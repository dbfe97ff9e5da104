import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, envVar, loadConfig } from '../../subgraphs/kit/src';

export const ROOT = path.resolve(__dirname, '..', '..');

export const gatewayConfigShape = {
  LOG_LEVEL: envVar.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  GATEWAY_PORT: envVar.port(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  /** The supergraph to serve; `--supergraph PATH` on the command line wins. */
  SUPERGRAPH_PATH: z.string().default(path.join(ROOT, 'schema', 'supergraph.graphql')),
  /** Ed25519 private key (PKCS#8 PEM) that signs the viewer passed to subgraphs. */
  GATEWAY_PRIVATE_KEY: z.string().optional(),
  GATEWAY_PRIVATE_KEY_FILE: z.string().optional(),
  /** Development: HS256 secret of client tokens. */
  JWT_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  JWT_SECRET_FILE: z.string().optional(),
  /** Production: the identity provider's public key (RS256 or ES256), PEM… */
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_PUBLIC_KEY_FILE: z.string().optional(),
  /** …or its JWKS endpoint. */
  JWT_JWKS_URL: envVar.url(['https', 'http']).optional(),
  JWT_ISSUER: z.string().default('netpublic-graph'),
  JWT_AUDIENCE: z.string().default('netpublic-graph'),
  /** National subgraphs allowed to read the graph back with the gateway's token (never a regional one). */
  TRUSTED_SUBGRAPHS: z
    .string()
    .default('adherents,epn,resources,events')
    .transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean)),
  /** The schema registry's database (schema `registry`); with it the gateway serves the registry's supergraph. */
  DATABASE_URL: envVar.url(['postgres', 'postgresql']).optional(),
  /** `registry` (default with DATABASE_URL): live publishes; `file`: serve SUPERGRAPH_PATH as it is. */
  SUPERGRAPH_SOURCE: z.enum(['registry', 'file'], { error: 'must be one of registry, file' }).optional(),
  /** How often a replica checks the registry besides PostgreSQL notifications. */
  REGISTRY_POLL_MS: envVar.positiveInt(5000),
  COMPOSITION_TIMEOUT_MS: envVar.positiveInt(60_000),
};

const nonNegativeInt = (fallback: number) =>
  z.coerce.number({ error: 'must be a whole number ≥ 0' }).int({ error: 'must be a whole number ≥ 0' }).min(0, { error: 'must be a whole number ≥ 0' }).default(fallback);

/** What the gateway does with a request: limits, documents, cache, rate limit, HTTP, observability. */
export const gatewaySettingsShape = {
  SUBGRAPH_TIMEOUT_MS: envVar.positiveInt(10_000),
  /** Identical subgraph queries in flight at once (same viewer, same document and variables) are sent once. */
  SUBGRAPH_DEDUPLICATION: envVar.bool(true),
  MAX_BODY_BYTES: envVar.positiveInt(1_000_000),
  // Relay connections take two levels each (edges, node): 12 allows three nested connections.
  MAX_QUERY_DEPTH: envVar.positiveInt(12),
  MAX_ALIASES: envVar.positiveInt(15),
  MAX_ROOT_FIELDS: envVar.positiveInt(10),
  MAX_DIRECTIVES: envVar.positiveInt(50),
  MAX_TOKENS: envVar.positiveInt(2_000),
  MAX_QUERY_COST: envVar.positiveInt(5_000),
  MAX_PAGE_SIZE: envVar.positiveInt(100),
  DEFAULT_PAGE_SIZE: envVar.positiveInt(20),
  INTROSPECTION: envVar.bool(true),
  /** Origins allowed to call the graph from a browser, comma-separated; `*` for any. */
  CORS_ORIGINS: z.string().default(''),
  CSRF_PREVENTION: envVar.bool(true),
  TRUSTED_DOCUMENTS_PATH: z.string().default(path.join(ROOT, 'schema', '__generated__', 'persisted-documents.json')),
  TRUSTED_DOCUMENTS_REQUIRED: envVar.oneOf(['none', 'anonymous', 'all'] as const, 'none'),
  APQ_ENABLED: envVar.bool(true),
  RESPONSE_CACHE_ENABLED: envVar.bool(true),
  RESPONSE_CACHE_MAX_MB: envVar.positiveInt(64),
  RESPONSE_CACHE_MAX_TTL_S: envVar.positiveInt(3_600),
  REDIS_URL: envVar.url(['redis', 'rediss']).optional(),
  REDIS_KEY_PREFIX: z.string().default('netpublic:gateway:'),
  RATE_LIMIT_ENABLED: envVar.bool(true),
  RATE_LIMIT_REQUESTS: envVar.positiveInt(600),
  RATE_LIMIT_WINDOW_S: envVar.positiveInt(60),
  /** Proxies in front of the gateway whose X-Forwarded-For entry is trusted (the client is the address before them). */
  TRUST_PROXY_HOPS: nonNegativeInt(0),
  METRICS_ENABLED: envVar.bool(true),
  SHUTDOWN_TIMEOUT_MS: envVar.positiveInt(25_000),
  READY_TIMEOUT_MS: envVar.positiveInt(2_000),
  /** Tracing is on when either is set; tracing.ts registers the exporter. */
  OTEL_EXPORTER_OTLP_ENDPOINT: envVar.url(['http', 'https']).optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: envVar.url(['http', 'https']).optional(),
};

export interface GatewaySettings {
  subgraphTimeoutMs: number;
  subgraphDeduplication: boolean;
  maxBodyBytes: number;
  limits: LimitSettings;
  introspection: boolean;
  corsOrigins: string[];
  csrfPrevention: boolean;
  /** The trusted documents manifest (id → document), or its path; null: none. */
  trustedDocuments: string | Record<string, string> | null;
  trustedDocumentsRequired: 'none' | 'anonymous' | 'all';
  apq: boolean;
  responseCache: { enabled: boolean; maxBytes: number; maxTtlSeconds: number };
  redis: { url: string; keyPrefix: string } | null;
  rateLimit: { enabled: boolean; requests: number; windowSeconds: number };
  trustProxyHops: number;
  metrics: boolean;
  /** Spans for each request and subgraph call; the process registers the exporter (see tracing.ts). */
  tracing: boolean;
  shutdownTimeoutMs: number;
  readyTimeoutMs: number;
}

export interface LimitSettings {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxPageSize: number;
  defaultPageSize: number;
  /**
   * Fields whose schema declares another maximum page size (`@listSize(assumedSize: N)` of the cost
   * spec, read from the served supergraph): "Type.field" → N.
   */
  listSizes?: () => ReadonlyMap<string, number>;
}

export type GatewaySettingsEnv = z.infer<z.ZodObject<typeof gatewaySettingsShape>>;

export function settingsFromEnv(env: GatewaySettingsEnv): GatewaySettings {
  if (env.DEFAULT_PAGE_SIZE > env.MAX_PAGE_SIZE) throw new ConfigError('Invalid configuration: DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE');
  return {
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    subgraphDeduplication: env.SUBGRAPH_DEDUPLICATION,
    maxBodyBytes: env.MAX_BODY_BYTES,
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxRootFields: env.MAX_ROOT_FIELDS,
      maxDirectives: env.MAX_DIRECTIVES,
      maxTokens: env.MAX_TOKENS,
      maxCost: env.MAX_QUERY_COST,
      maxPageSize: env.MAX_PAGE_SIZE,
      defaultPageSize: env.DEFAULT_PAGE_SIZE,
    },
    introspection: env.INTROSPECTION,
    corsOrigins: env.CORS_ORIGINS.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean),
    csrfPrevention: env.CSRF_PREVENTION,
    trustedDocuments: existsSync(env.TRUSTED_DOCUMENTS_PATH) ? env.TRUSTED_DOCUMENTS_PATH : null,
    trustedDocumentsRequired: env.TRUSTED_DOCUMENTS_REQUIRED,
    apq: env.APQ_ENABLED,
    responseCache: { enabled: env.RESPONSE_CACHE_ENABLED, maxBytes: env.RESPONSE_CACHE_MAX_MB * 1024 * 1024, maxTtlSeconds: env.RESPONSE_CACHE_MAX_TTL_S },
    redis: env.REDIS_URL ? { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX } : null,
    rateLimit: { enabled: env.RATE_LIMIT_ENABLED, requests: env.RATE_LIMIT_REQUESTS, windowSeconds: env.RATE_LIMIT_WINDOW_S },
    trustProxyHops: env.TRUST_PROXY_HOPS,
    metrics: env.METRICS_ENABLED,
    tracing: Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    readyTimeoutMs: env.READY_TIMEOUT_MS,
  };
}

/** The gateway's settings from the environment (`npm start` and the gateway process share them). */
export function loadGatewaySettings(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const parsed = loadConfig(gatewaySettingsShape, env);
  if (env.TRUSTED_DOCUMENTS_PATH && !existsSync(parsed.TRUSTED_DOCUMENTS_PATH)) {
    throw new ConfigError(`Invalid configuration: TRUSTED_DOCUMENTS_PATH points to ${parsed.TRUSTED_DOCUMENTS_PATH}, which does not exist`);
  }
  if (parsed.TRUSTED_DOCUMENTS_REQUIRED !== 'none' && !existsSync(parsed.TRUSTED_DOCUMENTS_PATH)) {
    throw new ConfigError('Invalid configuration: TRUSTED_DOCUMENTS_REQUIRED needs a trusted documents manifest (TRUSTED_DOCUMENTS_PATH; run npm run codegen)');
  }
  return settingsFromEnv(parsed);
}

/** Safe defaults, as the environment would give them with nothing set (tests override what they exercise). */
export function defaultGatewaySettings(): GatewaySettings {
  return settingsFromEnv(loadConfig(gatewaySettingsShape, {}));
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)) {
  const config = loadConfig(gatewayConfigShape, env);
  if (!config.JWT_SECRET && config.JWT_SECRET_FILE) {
    config.JWT_SECRET = readFileSync(config.JWT_SECRET_FILE, 'utf8').trim();
    if (config.JWT_SECRET.length < 16) throw new ConfigError('Invalid configuration: JWT_SECRET_FILE must hold at least 16 characters');
  }
  if (!config.JWT_PUBLIC_KEY && config.JWT_PUBLIC_KEY_FILE) config.JWT_PUBLIC_KEY = readFileSync(config.JWT_PUBLIC_KEY_FILE, 'utf8');
  const flag = argv.indexOf('--supergraph');
  if (flag >= 0) {
    const value = argv[flag + 1];
    if (!value) throw new ConfigError('Invalid command line: --supergraph needs a file path');
    config.SUPERGRAPH_PATH = value;
  }
  const source = config.SUPERGRAPH_SOURCE ?? (config.DATABASE_URL && flag < 0 ? 'registry' : 'file');
  if (source === 'registry' && !config.DATABASE_URL) {
    throw new ConfigError('Invalid configuration: SUPERGRAPH_SOURCE=registry needs DATABASE_URL (the registry lives in PostgreSQL)');
  }
  return { ...config, SUPERGRAPH_SOURCE: source };
}

/** Reads the supergraph SDL, failing with the path when it is missing. */
export function readSupergraph(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`Invalid configuration: SUPERGRAPH_PATH points to ${file}, which cannot be read (run npm run compose?)`);
  }
}

/** SUBGRAPH_<NAME>_URL overrides the URL recorded in the supergraph (containers, tests). */
export function subgraphUrlOverrides(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match && value) overrides[match[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return overrides;
}

export function privateKeyPem(config: GatewayConfig): string | undefined {
  if (config.GATEWAY_PRIVATE_KEY) return config.GATEWAY_PRIVATE_KEY;
  if (config.GATEWAY_PRIVATE_KEY_FILE) return readFileSync(config.GATEWAY_PRIVATE_KEY_FILE, 'utf8');
  return undefined;
}
