import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDataSource, migrate, type Logger } from '../../../subgraphs/kit/src';
import type { GatewayRoute } from '../gateway';
import type { LiveSupergraph } from '../live-supergraph';
import { Composer } from './composer';
import { registryEntities } from './entities';
import { registryMigrations } from './migrations';
import { registryRoutes } from './routes';
import { RegistryService, type NationalSubgraph } from './service';
import { RegistryStore, type CurrentSupergraph } from './store';
import { SupergraphWatcher } from './watcher';

export { RegistryService } from './service';
export type { NationalSubgraph, RegistryReport } from './service';
export { GATEWAY_KEY_PATH, ADMIN_PREFIX } from './routes';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const REGISTRY_SCHEMA = 'registry';

/** The national subgraphs of this release: schema/subgraphs.json and each one's schema.graphql. */
export function readNationalSubgraphs(file = path.join(ROOT, 'schema', 'subgraphs.json')): NationalSubgraph[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as { name: string; url: string; schema: string }[];
  return entries.map((e) => ({ name: e.name, url: e.url, sdl: readFileSync(path.resolve(path.dirname(file), '..', e.schema), 'utf8') }));
}

/** The trusted documents of the portal and dashboards, to name the client operations a change would break. */
function readClientOperations(): Record<string, string> {
  const file = path.join(ROOT, 'schema', '__generated__', 'persisted-documents.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

export function registryDataSource(databaseUrl: string, logger: Logger, poolSize = 4) {
  return createDataSource({
    url: databaseUrl, schema: REGISTRY_SCHEMA, entities: registryEntities, migrations: registryMigrations, logger, poolSize,
    applicationName: 'netpublic-gateway-registry',
  });
}

export interface RegistryOptions {
  databaseUrl: string;
  logger: Logger;
  /** PEM of the gateway's public key, served to regional subgraphs. */
  gatewayPublicKeyPem: string;
  national?: NationalSubgraph[];
  pollMs?: number;
  compositionTimeoutMs?: number;
}

export interface Registry {
  service: RegistryService;
  /** The supergraph to serve at start: the registry's current one (the last good composition). */
  current: CurrentSupergraph;
  routes: GatewayRoute[];
  /** Keeps a running gateway on the registry's current supergraph (publishes here, and on other replicas). */
  attach(supergraph: LiveSupergraph): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the registry in PostgreSQL (migrating its schema), registers or follows the national
 * subgraphs, and returns what the gateway needs to serve and administer the supergraph.
 * No subgraph is contacted: a regional subgraph that is down does not stop the gateway starting.
 */
export async function openRegistry(options: RegistryOptions): Promise<Registry> {
  const logger = options.logger.child({ component: 'registry' });
  const dataSource = registryDataSource(options.databaseUrl, logger);
  await dataSource.initialize();
  const composer = new Composer({ clientOperations: readClientOperations(), timeoutMs: options.compositionTimeoutMs ?? 60_000, logger });
  try {
    await migrate(dataSource, REGISTRY_SCHEMA, logger);
    const store = new RegistryStore(dataSource);
    const service = new RegistryService(store, composer, options.national ?? readNationalSubgraphs(), logger);
    const current = await service.bootstrap();
    let supergraph: LiveSupergraph | null = null;
    let watcher: SupergraphWatcher | null = null;
    return {
      service,
      current,
      routes: registryRoutes(service, () => supergraph, options.gatewayPublicKeyPem),
      attach: async (live) => {
        supergraph = live;
        service.onNewSupergraph(async (next) => {
          await live.update(next.supergraphSdl, next.version);
        });
        watcher = new SupergraphWatcher({ databaseUrl: options.databaseUrl, store, supergraph: live, logger, pollMs: options.pollMs ?? 5000 });
        await watcher.start();
        composer.warm();
      },
      close: async () => {
        await watcher?.stop();
        await composer.close();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await composer.close();
    await dataSource.destroy();
    throw error;
  }
}
