import 'reflect-metadata';
import path from 'node:path';
import { z } from 'zod';
import {
  ConfigError, commonConfigShape, configurePagination, ensureDevKeyPair, envVar, loadConfig, markShuttingDown, rootLogger, takeOverShutdownSignals,
} from '../subgraphs/kit/src';
import { DEFAULT_PORTS } from '../subgraphs/national';
import { loadGatewaySettings, readSupergraph } from '../gateway/src/config';
import { startTracing } from '../gateway/src/tracing';
import { ensureDevJwtSecret } from './lib/dev-secrets';
import { migrateAll, openDatabase, startGraph, ROOT, type Database, type RunningGraph } from './lib/runtime';
import { isSeeded, seedDatabase } from './seed/seed';

/**
 * npm start: the whole graph in one process on a fresh machine — a real PostgreSQL (embedded unless
 * DATABASE_URL is set), migrations, the national dataset on first run, the four subgraphs on their
 * own ports talking HTTP, and the gateway in front.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig({
    ...commonConfigShape,
    GATEWAY_PORT: envVar.port(DEFAULT_PORTS.gateway),
    ADHERENTS_PORT: envVar.port(DEFAULT_PORTS.adherents),
    EPN_PORT: envVar.port(DEFAULT_PORTS.epn),
    RESOURCES_PORT: envVar.port(DEFAULT_PORTS.resources),
    EVENTS_PORT: envVar.port(DEFAULT_PORTS.events),
    HOST: z.string().default('127.0.0.1'),
    SEED: envVar.oneOf(['auto', 'never', 'force'] as const, 'auto'),
    SEED_EPN_COUNT: envVar.positiveInt(5000),
    JWT_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
    SUPERGRAPH_PATH: z.string().default(path.join(ROOT, 'schema', 'supergraph.graphql')),
    SUPERGRAPH_SOURCE: envVar.oneOf(['registry', 'file'] as const, 'registry'),
    REGISTRY_POLL_MS: envVar.positiveInt(5000),
  });
  configurePagination({ defaultSize: config.DEFAULT_PAGE_SIZE, maxSize: config.MAX_PAGE_SIZE });
  const gatewaySettings = loadGatewaySettings();
  const logger = rootLogger;
  const tracing = await startTracing(process.env, logger);
  const dataDir = path.resolve(ROOT, path.dirname(config.PG_DATA_DIR));
  // With the registry (default), the supergraph comes from PostgreSQL and regional subgraphs publish live.
  const supergraphSdl = config.SUPERGRAPH_SOURCE === 'file' ? readSupergraph(config.SUPERGRAPH_PATH) : undefined;

  let database: Database | null = null;
  let graph: RunningGraph | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    await graph?.stop().catch((error: unknown) => logger.error({ err: error }, 'error while stopping the graph'));
    await database?.stop().catch((error: unknown) => logger.error({ err: error }, 'error while stopping PostgreSQL'));
    await tracing?.shutdown().catch(() => undefined);
    logger.info('stopped');
    process.exit(0);
  };
  // `on`, not `once`: libraries using signal-exit re-raise a signal nobody else listens to, killing the process mid-shutdown.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.resolve(ROOT, config.PG_DATA_DIR), port: config.PG_PORT, logger });
  if (database.embedded) takeOverShutdownSignals();
  await migrateAll(database.url, logger);
  if (config.SEED === 'force' || (config.SEED === 'auto' && !(await isSeeded(database.url)))) {
    await seedDatabase(database.url, { logger, epnCount: config.SEED_EPN_COUNT, force: config.SEED === 'force', progress: true });
  }
  graph = await startGraph({
    databaseUrl: database.url,
    logger,
    keyPair: ensureDevKeyPair(path.join(dataDir, 'keys')),
    jwtSecret: config.JWT_SECRET ?? ensureDevJwtSecret(path.join(dataDir, 'keys')),
    supergraphSdl,
    registry: config.SUPERGRAPH_SOURCE === 'registry' ? { pollMs: config.REGISTRY_POLL_MS } : false,
    gatewaySettings,
    host: config.HOST,
    ports: {
      gateway: config.GATEWAY_PORT, adherents: config.ADHERENTS_PORT, epn: config.EPN_PORT,
      resources: config.RESOURCES_PORT, events: config.EVENTS_PORT,
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const subgraphLines = [...graph.subgraphs.values()].map((s) => `    ${s.definition.name.padEnd(10)} ${s.server.url}`).join('\n');
  process.stdout.write(`
  NetPublic Graph is ready (${seconds} s).

  GraphQL endpoint   ${graph.gatewayUrl}
  GraphiQL (IDE)     ${graph.gatewayUrl.replace(/graphql$/, '')}
  Subgraphs (only the gateway may call them):
${subgraphLines}
  PostgreSQL         ${database.embedded ? `embedded, data in ${path.relative(ROOT, path.resolve(ROOT, config.PG_DATA_DIR))}/` : 'DATABASE_URL'}
  Supergraph         ${graph.registry ? `registry version ${graph.registry.current.version} (npm run subgraph -- list; admin API at /admin/registry)` : config.SUPERGRAPH_PATH}

  Try it:
    curl -s ${graph.gatewayUrl} -H 'content-type: application/json' \\
      -d '{"query":"{ epns(filter: { territory: { level: DEPARTEMENT, code: \\"35\\" } }, first: 3) { totalCount edges { node { name commune { name } currentLabel { status awardedBy { name } } } } } }"}'

  A development token for GraphiQL's Headers tab:  npm run token -- --role NATIONAL_ADMIN
  Stop with Ctrl-C.

`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`netpublic: ${error.message}\n`);
    process.exit(2);
  }
  rootLogger.fatal({ err: error }, 'could not start NetPublic Graph');
  process.stderr.write(`netpublic: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
