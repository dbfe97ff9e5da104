import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { commonConfigShape, loadConfig, rootLogger, type Logger } from '../../subgraphs/kit/src';
import { epnSubgraph } from '../../subgraphs/epn/src';
import { migrateAll, openDatabase, subgraphDataSource, ROOT } from './runtime';

/** What npm run import / export share: the database (embedded unless DATABASE_URL), migrated, and the epn subgraph's pool. */
export interface EpnDatabase {
  dataSource: DataSource;
  logger: Logger;
  close(): Promise<void>;
}

export async function openEpnDatabase(): Promise<EpnDatabase> {
  const config = loadConfig(commonConfigShape);
  // The command prints its own report; logs stay for warnings unless LOG_LEVEL asks for more.
  const logger = rootLogger.child({ component: 'standard-cli' }, { level: process.env.LOG_LEVEL ?? 'warn' });
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.resolve(ROOT, config.PG_DATA_DIR), port: config.PG_PORT, logger });
  try {
    await migrateAll(database.url, logger);
    const dataSource = subgraphDataSource(epnSubgraph, database.url, logger, 2);
    await dataSource.initialize();
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
