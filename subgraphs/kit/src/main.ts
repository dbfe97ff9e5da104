import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, commonConfigShape, envVar, loadConfig } from './config';
import { createDataSource, migrate } from './database';
import { ensureGeoReference } from './geo-reference';
import { InternalTokenVerifier, publicKeyFromPem } from './internal-auth';
import { rootLogger } from './logger';
import { configurePagination } from './pagination';
import { serveSubgraph, type SubgraphDefinition } from './server';

/**
 * Entry point of one subgraph as its own process (containers, regional centres): configuration only
 * from the environment, refusing to start without the gateway's public key.
 */
export async function runSubgraphMain(definition: SubgraphDefinition<any>): Promise<void> {
  const logger = rootLogger.child({ subgraph: definition.name });
  try {
    const config = loadConfig({
      ...commonConfigShape,
      DATABASE_URL: envVar.url(['postgres', 'postgresql']),
      PORT: envVar.port(4001),
      HOST: z.string().default('0.0.0.0'),
      GATEWAY_PUBLIC_KEY: z.string().optional(),
      GATEWAY_PUBLIC_KEY_FILE: z.string().optional(),
      MIGRATE_ON_START: envVar.bool(true),
      GATEWAY_URL: envVar.url(['http', 'https']).optional(),
      GRAPH_TIMEOUT_MS: envVar.positiveInt(5000),
    });
    if (definition.readsGraph && !config.GATEWAY_URL) {
      throw new ConfigError(`Invalid configuration: GATEWAY_URL is required (the ${definition.name} subgraph checks some rules by reading the graph through the gateway, e.g. http://gateway:4000/graphql)`);
    }
    const pem = config.GATEWAY_PUBLIC_KEY ?? (config.GATEWAY_PUBLIC_KEY_FILE ? readFileSync(config.GATEWAY_PUBLIC_KEY_FILE, 'utf8') : undefined);
    if (!pem) throw new ConfigError('Invalid configuration: GATEWAY_PUBLIC_KEY or GATEWAY_PUBLIC_KEY_FILE is required (the subgraph only answers the gateway)');
    configurePagination({ defaultSize: config.DEFAULT_PAGE_SIZE, maxSize: config.MAX_PAGE_SIZE });
    const dataSource = createDataSource({ url: config.DATABASE_URL, schema: definition.databaseSchema, entities: definition.entities, migrations: definition.migrations, logger });
    await dataSource.initialize();
    if (config.MIGRATE_ON_START) {
      await ensureGeoReference(dataSource, logger);
      await migrate(dataSource, definition.databaseSchema, logger);
      await definition.maintain?.(dataSource, logger);
    }
    const server = await serveSubgraph({
      definition, dataSource, port: config.PORT, host: config.HOST, logger,
      verifier: new InternalTokenVerifier(publicKeyFromPem(pem), definition.name),
      gatewayUrl: config.GATEWAY_URL, graphTimeoutMs: config.GRAPH_TIMEOUT_MS,
    });
    const stop = async () => {
      logger.info('shutting down');
      await server.close();
      await dataSource.destroy();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(2);
    }
    logger.fatal({ err: error }, 'could not start');
    process.exit(1);
  }
}
