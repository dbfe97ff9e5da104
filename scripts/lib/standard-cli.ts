import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
// Kit modules by name, not the kit's index nor the runtime: an import of a large file should not carry
// the gateway's and the four servers' code (≈50 MB of memory).
import { commonConfigShape, loadConfig } from '../../subgraphs/kit/src/config';
import { createDataSource, migrate } from '../../subgraphs/kit/src/database';
import { startEmbeddedPostgres } from '../../subgraphs/kit/src/embedded-postgres';
import { ensureGeoReference } from '../../subgraphs/kit/src/geo-reference';
import { rootLogger, type Logger } from '../../subgraphs/kit/src/logger';
import { entities } from '../../subgraphs/epn/src/entities';
import { migrations } from '../../subgraphs/epn/src/migrations';

/** What npm run import / export share: the database (embedded unless DATABASE_URL), the epn schema migrated, a small pool. */
export interface EpnDatabase {
  dataSource: DataSource;
  logger: Logger;
  close(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..');

export async function openEpnDatabase(): Promise<EpnDatabase> {
  const config = loadConfig(commonConfigShape);
  // The command prints its own report; logs stay for warnings unless LOG_LEVEL asks for more.
  const logger = rootLogger.child({ component: 'standard-cli' }, { level: process.env.LOG_LEVEL ?? 'warn' });
  const database = config.DATABASE_URL
    ? { url: config.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: path.resolve(ROOT, config.PG_DATA_DIR), port: config.PG_PORT, database: 'netpublic', logger });
  try {
    const dataSource = createDataSource({ url: database.url, schema: 'epn', entities, migrations, logger, poolSize: 2, applicationName: 'netpublic-standard-cli' });
    await dataSource.initialize();
    await ensureGeoReference(dataSource, logger);
    await migrate(dataSource, 'epn', logger);
    return {
      dataSource,
      logger,
      close: async () => {
        await dataSource.destroy();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/** The person running the command, for logs: the CLI acts with the national administrator's rights. */
export function operator(): string {
  return `cli:${os.userInfo().username}@${os.hostname()}`;
}
