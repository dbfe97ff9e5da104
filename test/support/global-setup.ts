import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../subgraphs/kit/src/embedded-postgres';
import { migrateAll } from '../../scripts/lib/runtime';
import { seedDatabase } from '../../scripts/seed/seed';
import { TEMPLATE_DATABASE } from './database';
import { freePort } from './processes';

declare global {
  // eslint-disable-next-line no-var
  var __NETPUBLIC_TEST_DB__: { stop(): Promise<void> } | undefined;
}

/**
 * Once per test run: a real PostgreSQL (a fresh embedded server, or TEST_DATABASE_URL), and a
 * template database migrated and seeded with the deterministic national dataset. Each test file
 * clones the template (CREATE DATABASE … TEMPLATE), so files never see each other's writes.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'netpublic-test-'));
    // As root the server runs as another user, which must reach its data directory.
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'pg');
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', logger, ephemeral: true });
    globalThis.__NETPUBLIC_TEST_DB__ = db;
    adminUrl = db.url;
  }
  process.env.NETPUBLIC_TEST_ADMIN_URL = adminUrl;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrateAll(templateUrl, logger);
  await seedDatabase(templateUrl, { logger, progress: false });
  process.stderr.write(`\n[test database ready in ${((Date.now() - started) / 1000).toFixed(1)} s]\n`);
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

