import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../lib/ports';
import { ROOT } from '../lib/runtime';

/** The four gateways of `npm run bench`, each run as one process (one worker) from its own entry point. */
export type GatewayId = 'ours' | 'ours-no-cache' | 'apollo' | 'hive';

export interface GatewayKind {
  id: GatewayId;
  label: string;
  /** What it is, for the report. */
  description: string;
}

export const GATEWAYS: GatewayKind[] = [
  { id: 'apollo', label: '@apollo/gateway', description: 'stock @apollo/gateway 2 on @apollo/server 5 (startStandaloneServer), default data sources' },
  { id: 'hive', label: 'Hive Gateway', description: 'stock Hive Gateway (@graphql-hive/gateway CLI, `supergraph` command, --fork 1)' },
  { id: 'ours-no-cache', label: 'ours, cache off', description: 'this gateway with RESPONSE_CACHE_ENABLED=false, everything else as by default, run as deployed (node --max-old-space-size=256)' },
  { id: 'ours', label: 'ours, defaults', description: 'this gateway with its default configuration (response cache in memory), run as deployed (node --max-old-space-size=256)' },
];

/**
 * The node flags this gateway is deployed with (Dockerfile, docker-compose.yml, npm run start:gateway):
 * its V8 heap bounded, so that garbage is collected before the process grows (without it V8, seeing
 * 24 GB, lets the heap reach 400-500 MB under this load; with it, 210-235 MB and no more CPU). The
 * peers run as they ship, without it.
 */
export const OUR_NODE_FLAGS = ['--max-old-space-size=256'];

export interface GatewayEnv {
  supergraphPath: string;
  gatewayPrivateKeyPem: string;
  jwtSecret: string;
  /** Writes a V8 CPU profile of the gateway process into this folder (node --cpu-prof). */
  cpuProfileDir?: string;
}

export interface RunningGatewayProcess {
  kind: GatewayKind;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startGatewayProcess(kind: GatewayKind, env: GatewayEnv, log: (line: string) => void): Promise<RunningGatewayProcess> {
  const port = await freePort();
  const common: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    // As each would run in production.
    NODE_ENV: 'production',
    GATEWAY_PRIVATE_KEY: env.gatewayPrivateKeyPem,
    JWT_SECRET: env.jwtSecret,
    SUPERGRAPH_PATH: env.supergraphPath,
    GATEWAY_PORT: String(port),
  };
  let args: string[];
  let extraEnv: Record<string, string> = {};
  switch (kind.id) {
    case 'apollo':
      args = [path.join(__dirname, 'apollo-gateway.ts')];
      break;
    case 'hive':
      args = [
        path.join(ROOT, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'), 'supergraph', env.supergraphPath,
        '--config-path', path.join(__dirname, 'hive-gateway.config.ts'), '--fork', '1', '--host', '127.0.0.1', '--port', String(port),
      ];
      break;
    case 'ours':
    case 'ours-no-cache':
      args = [path.join(ROOT, 'gateway', 'src', 'main.ts'), '--supergraph', env.supergraphPath];
      extraEnv = {
        LOG_LEVEL: 'warn',
        // Rate limiting stays on and counts every request, but one benchmark client is one address: it must never refuse it.
        RATE_LIMIT_REQUESTS: String(1e9),
        ...(kind.id === 'ours-no-cache' ? { RESPONSE_CACHE_ENABLED: 'false' } : {}),
      };
      break;
  }
  // One folder per gateway: node writes a profile per thread (tsx's loader runs on its own), named by pid and thread.
  const profileDir = env.cpuProfileDir ? path.join(env.cpuProfileDir, kind.id) : null;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  // tsx as a loader of this very process (not its CLI, which would spawn another): the pid measured is the gateway's.
  const child: ChildProcess = spawn(process.execPath, [...(kind.id === 'ours' || kind.id === 'ours-no-cache' ? OUR_NODE_FLAGS : []), ...profile, '--import', 'tsx', ...args], {
    cwd: ROOT, env: { ...common, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null) break;
    const ready = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.ok, () => false);
    if (ready) {
      log(`${kind.label} ready (pid ${child.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return {
        kind, url, pid: child.pid!,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(timeout);
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${kind.label} did not start:\n${stderr}`);
}

