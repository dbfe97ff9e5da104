import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, commonConfigShape, loadConfig, rootLogger } from '../subgraphs/kit/src';
import { migrateAll, openDatabase, ROOT } from './lib/runtime';
import { seedDatabase } from './seed/seed';

/** npm run seed [-- --force] [--epn N] [--seed N]: migrates, then writes the national dataset. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { force: { type: 'boolean', default: false }, epn: { type: 'string' }, seed: { type: 'string' }, 'reference-day': { type: 'string' } },
  });
  const config = loadConfig(commonConfigShape);
  const epnCount = values.epn ? Number(values.epn) : 5000;
  if (!Number.isInteger(epnCount) || epnCount < 1) throw new ConfigError(`Invalid option: --epn must be a positive integer (got "${values.epn}")`);
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.resolve(ROOT, config.PG_DATA_DIR), port: config.PG_PORT, logger: rootLogger });
  try {
    await migrateAll(database.url, rootLogger);
    const counts = await seedDatabase(database.url, {
      logger: rootLogger, epnCount, force: values.force, progress: true,
      seed: values.seed ? Number(values.seed) : undefined,
      referenceDay: values['reference-day'] ? new Date(values['reference-day']) : undefined,
    });
    process.stdout.write(`${Object.entries(counts).map(([table, n]) => `${table.padEnd(32)} ${n}`).join('\n')}\n`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
