import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, commonConfigShape, loadConfig, rootLogger } from '../subgraphs/kit/src';
import { migrateAll, openDatabase, ROOT } from './lib/runtime';

/** npm run migrate: loads the official geography and applies every subgraph's pending migrations. */
async function main(): Promise<void> {
  const config = loadConfig(commonConfigShape);
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.resolve(ROOT, config.PG_DATA_DIR), port: config.PG_PORT, logger: rootLogger });
  try {
    await migrateAll(database.url, rootLogger);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migrate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
