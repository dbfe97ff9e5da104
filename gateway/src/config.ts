import { readFileSync } from 'node:fs';
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
  SUBGRAPH_TIMEOUT_MS: envVar.positiveInt(10_000),
  MAX_BODY_BYTES: envVar.positiveInt(1_000_000),
  /** The schema registry's database (schema `registry`); with it the gateway serves the registry's supergraph. */
  DATABASE_URL: envVar.url(['postgres', 'postgresql']).optional(),
  /** `registry` (default with DATABASE_URL): live publishes; `file`: serve SUPERGRAPH_PATH as it is. */
  SUPERGRAPH_SOURCE: z.enum(['registry', 'file'], { error: 'must be one of registry, file' }).optional(),
  /** How often a replica checks the registry besides PostgreSQL notifications. */
  REGISTRY_POLL_MS: envVar.positiveInt(5000),
  COMPOSITION_TIMEOUT_MS: envVar.positiveInt(60_000),
};

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
