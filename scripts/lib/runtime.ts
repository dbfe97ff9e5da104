import 'reflect-metadata';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  InternalTokenSigner, InternalTokenVerifier, createDataSource, ensureGeoReference, migrate, privateKeyFromPem, publicKeyFromPem,
  serveSubgraph, startEmbeddedPostgres, type GatewayKeyPair, type Logger, type RunningServer, type SubgraphDefinition,
} from '../../subgraphs/kit/src';
import { nationalSubgraphs } from '../../subgraphs/national';
import { JwtAuthenticator, type Authenticator } from '../../gateway/src/auth';
import { startGateway, type GatewayContext, type GatewayOptions, type GatewayRoute, type RunningGateway } from '../../gateway/src/gateway';
import { importForwardRoute } from '../../gateway/src/imports';
import { openRegistry, type Registry, type RegistryOptions } from '../../gateway/src/registry';
import type { ApolloServerPlugin } from '@apollo/server';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, otherwise a real embedded PostgreSQL whose data lives under .data/. */
export async function openDatabase(options: { url?: string; dataDir: string; port: number; logger: Logger }): Promise<Database> {
  if (options.url) return { url: options.url, embedded: false, stop: async () => undefined };
  const db = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, database: 'netpublic', logger: options.logger });
  return { url: db.url, embedded: true, stop: db.stop };
}

export function subgraphDataSource(definition: SubgraphDefinition<any>, url: string, logger: Logger, poolSize?: number): DataSource {
  return createDataSource({
    url, schema: definition.databaseSchema, entities: definition.entities, migrations: definition.migrations, logger, poolSize,
  });
}

/** Loads the official geography, applies every subgraph's migrations (each in its own schema), then its maintenance. */
export async function migrateAll(url: string, logger: Logger, definitions = nationalSubgraphs): Promise<void> {
  for (const definition of definitions) {
    const dataSource = subgraphDataSource(definition, url, logger, 2);
    await dataSource.initialize();
    try {
      await ensureGeoReference(dataSource, logger);
      await migrate(dataSource, definition.databaseSchema, logger);
      await definition.maintain?.(dataSource, logger);
    } finally {
      await dataSource.destroy();
    }
  }
}

export interface RunningSubgraph {
  definition: SubgraphDefinition<any>;
  dataSource: DataSource;
  server: RunningServer;
}

export interface RunningGraph {
  gateway: RunningGateway;
  gatewayUrl: string;
  subgraphs: Map<string, RunningSubgraph>;
  /** The schema registry, when the gateway serves the registry's supergraph. */
  registry: Registry | null;
  /** Stops one subgraph (its server and pool), leaving the rest of the graph up. */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

export interface GraphOptions {
  databaseUrl: string;
  logger: Logger;
  keyPair: GatewayKeyPair;
  /** The supergraph to serve; with `registry`, the registry's current one is served instead. */
  supergraphSdl?: string;
  /** Serve the supergraph of the schema registry (in this database), with its admin API and live publishes. */
  registry?: boolean | Pick<RegistryOptions, 'pollMs' | 'compositionTimeoutMs' | 'national'>;
  /** Port per subgraph name and `gateway`; 0 or absent picks a free port. */
  ports?: Record<string, number>;
  host?: string;
  authenticator?: Authenticator;
  jwtSecret?: string;
  definitions?: SubgraphDefinition<any>[];
  gatewayPlugins?: ApolloServerPlugin<GatewayContext>[];
  gatewayRoutes?: GatewayRoute[];
  /** Timeout of one subgraph request at the gateway (SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs?: number;
  /** The gateway's limits, cache, rate limit…; defaults are those of an empty environment. */
  gatewaySettings?: GatewayOptions['settings'];
}

export interface SubgraphsOptions extends Pick<GraphOptions, 'databaseUrl' | 'logger' | 'keyPair' | 'ports' | 'host' | 'definitions'> {
  /** The gateway's /graphql, for the subgraphs' reads of the graph; unset, rules that need one fail. */
  gatewayUrl?: () => string | undefined;
}

/** Starts subgraphs in this process, each on its own port with its own pool, answering only the gateway's key. */
export async function startSubgraphs(options: SubgraphsOptions): Promise<Map<string, RunningSubgraph>> {
  const publicKey = publicKeyFromPem(options.keyPair.publicKeyPem);
  const subgraphs = new Map<string, RunningSubgraph>();
  try {
    for (const definition of options.definitions ?? nationalSubgraphs) {
      const logger = options.logger.child({ subgraph: definition.name });
      const dataSource = subgraphDataSource(definition, options.databaseUrl, logger);
      await dataSource.initialize();
      try {
        const server = await serveSubgraph({
          definition, dataSource, logger, host: options.host,
          port: options.ports?.[definition.name] ?? 0,
          verifier: new InternalTokenVerifier(publicKey, definition.name),
          gatewayUrl: options.gatewayUrl,
        });
        subgraphs.set(definition.name, { definition, dataSource, server });
      } catch (error) {
        await dataSource.destroy().catch(() => undefined);
        throw error;
      }
    }
    return subgraphs;
  } catch (error) {
    await stopSubgraphs(subgraphs);
    throw error;
  }
}

/** Stops subgraphs started by startSubgraphs: servers first (in-flight requests end), then pools. */
export async function stopSubgraphs(subgraphs: Map<string, RunningSubgraph>): Promise<void> {
  for (const [name, running] of [...subgraphs]) {
    subgraphs.delete(name);
    await running.server.close().catch(() => undefined);
    await running.dataSource.destroy().catch(() => undefined);
  }
}

/** Starts every subgraph in this process (each on its own port, talking HTTP) and the gateway in front. */
export async function startGraph(options: GraphOptions): Promise<RunningGraph> {
  const definitions = options.definitions ?? nationalSubgraphs;
  const publicKey = publicKeyFromPem(options.keyPair.publicKeyPem);
  // Subgraphs read the graph through the gateway, which starts after them (it needs their URLs).
  let gatewayUrl: string | undefined;
  const subgraphs = await startSubgraphs({ ...options, definitions, gatewayUrl: () => gatewayUrl });
  let registry: Registry | null = null;
  try {
    const signer = new InternalTokenSigner(privateKeyFromPem(options.keyPair.privateKeyPem));
    const epn = subgraphs.get('epn');
    if (options.registry) {
      registry = await openRegistry({
        databaseUrl: options.databaseUrl, logger: options.logger, gatewayPublicKeyPem: options.keyPair.publicKeyPem,
        ...(typeof options.registry === 'object' ? options.registry : {}),
      });
    }
    const supergraphSdl = registry?.current.supergraphSdl ?? options.supergraphSdl;
    if (!supergraphSdl) throw new Error('startGraph needs a supergraphSdl or the registry.');
    const gateway = await startGateway({
      supergraphSdl,
      supergraphVersion: registry?.current.version,
      subgraphUrls: Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.server.url])),
      signer,
      authenticator: options.authenticator ?? new JwtAuthenticator({
        secret: options.jwtSecret, issuer: 'netpublic-graph', audience: 'netpublic-graph',
        internal: { publicKey, trustedSubgraphs: nationalSubgraphs.map((definition) => definition.name) },
      }),
      logger: options.logger.child({ component: 'gateway' }),
      port: options.ports?.gateway ?? 0,
      host: options.host,
      plugins: options.gatewayPlugins,
      routes: [...(epn ? [importForwardRoute(epn.server.url, signer)] : []), ...(options.gatewayRoutes ?? []), ...(registry?.routes ?? [])],
      settings: { ...options.gatewaySettings, ...(options.subgraphTimeoutMs ? { subgraphTimeoutMs: options.subgraphTimeoutMs } : {}) },
    });
    gatewayUrl = gateway.url;
    await registry?.attach(gateway.supergraph);
    const stopSubgraph = async (name: string) => {
      const running = subgraphs.get(name);
      if (!running) return;
      subgraphs.delete(name);
      await running.server.close();
      await running.dataSource.destroy();
    };
    return {
      gateway,
      gatewayUrl: gateway.url,
      subgraphs,
      registry,
      stopSubgraph,
      stop: async () => {
        try {
          await gateway.close();
        } finally {
          await registry?.close();
          for (const name of [...subgraphs.keys()]) await stopSubgraph(name);
        }
      },
    };
  } catch (error) {
    await registry?.close().catch(() => undefined);
    await stopSubgraphs(subgraphs);
    throw error;
  }
}
