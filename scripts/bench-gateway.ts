import 'reflect-metadata';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pino from 'pino';
import { z } from 'zod';
import {
  ANONYMOUS, ConfigError, INTERNAL_TOKEN_HEADER, InternalTokenSigner, commonConfigShape, ensureDevKeyPair, envVar, loadConfig, markShuttingDown,
  privateKeyFromPem,
} from '../subgraphs/kit/src';
import { readSupergraph, subgraphUrlOverrides } from '../gateway/src/config';
import { migrateAll, openDatabase, startGraph, ROOT } from './lib/runtime';
import { isSeeded, seedDatabase } from './seed/seed';

const run = promisify(execFile);
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * npm run bench:gateway — what this gateway costs and saves per request, against stock
 * @apollo/gateway in front of the same subgraphs (the development database):
 *   stock      ApolloGateway on Apollo Server's standalone server, default data sources
 *   no cache   this gateway, response cache off (limits, trusted documents, metrics, errors… on)
 *   defaults   this gateway as configured by default: anonymous public reads cached
 * Each gateway is its own process (rate limiting off: one benchmark client is one address); the
 * subgraphs share another. autocannon, a third, sends BENCH_CONNECTIONS connections for
 * BENCH_SECONDS per case, in BENCH_ROUNDS rounds alternating the gateways; medians are printed.
 * Besides requests per second, which a busy machine blurs, the gateway process's own CPU time per
 * request is measured: that is its overhead, and it does not depend on what else runs.
 */
async function main(): Promise<void> {
  if (process.argv.includes('--stock')) return serveStock();
  const config = loadConfig({
    ...commonConfigShape,
    BENCH_SECONDS: envVar.positiveInt(10),
    BENCH_CONNECTIONS: envVar.positiveInt(20),
    BENCH_ROUNDS: envVar.positiveInt(3),
    SUPERGRAPH_PATH: z.string().default(path.join(ROOT, 'schema', 'supergraph.graphql')),
  });
  const logger = pino({ level: 'warn' });
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.resolve(ROOT, config.PG_DATA_DIR), port: config.PG_PORT, logger });
  const keyPair = ensureDevKeyPair(path.join(ROOT, '.data', 'keys'));
  const children: ChildProcess[] = [];
  try {
    await migrateAll(database.url, logger);
    if (!(await isSeeded(database.url))) await seedDatabase(database.url, { logger, progress: true });
    const graph = await startGraph({ databaseUrl: database.url, logger, keyPair, supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH) });
    const env = {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      SUPERGRAPH_PATH: config.SUPERGRAPH_PATH,
      GATEWAY_PRIVATE_KEY: keyPair.privateKeyPem,
      RATE_LIMIT_ENABLED: 'false',
      ...Object.fromEntries([...graph.subgraphs].map(([name, s]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, s.server.url])),
    };
    const gateways = [
      ['stock', await startProcess([__filename, '--stock'], env, children)],
      ['no cache', await startProcess([path.join(ROOT, 'gateway', 'src', 'main.ts')], { ...env, RESPONSE_CACHE_ENABLED: 'false' }, children)],
      ['defaults', await startProcess([path.join(ROOT, 'gateway', 'src', 'main.ts')], env, children)],
    ] as const;

    const epn = (await (await fetch(graph.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" }, labelled: true }, first: 1) { edges { node { id } } } }' }),
    })).json()) as { data: { epns: { edges: { node: { id: string } }[] } } };
    const workloads = {
      'territory (1 subgraph)': { query: TERRITORY, variables: { code: '35' } },
      'EPN page (4 subgraphs)': { query: EPN_PAGE, variables: { id: epn.data.epns.edges[0].node.id } },
      'directory (20 EPN, 4 subgraphs)': { query: DIRECTORY, variables: { code: '35' } },
    };
    const rows: string[][] = [];
    for (const [workload, body] of Object.entries(workloads)) {
      const runs: Record<string, Result[]> = Object.fromEntries(gateways.map(([name]) => [name, []]));
      for (let round = 1; round <= config.BENCH_ROUNDS; round++) {
        for (const [name, gateway] of gateways) {
          process.stderr.write(`${workload}, round ${round}/${config.BENCH_ROUNDS}: ${name}…\n`);
          runs[name].push(await measure(gateway, body, config.BENCH_SECONDS, config.BENCH_CONNECTIONS));
        }
      }
      const stockRate = median(runs.stock.map((r) => r.requests));
      const stockCpu = median(runs.stock.map((r) => r.cpuMsPerRequest));
      for (const [name] of gateways) {
        const rate = median(runs[name].map((r) => r.requests));
        const cpu = median(runs[name].map((r) => r.cpuMsPerRequest));
        rows.push([
          workload, name, rate.toFixed(0), (rate / stockRate).toFixed(2), cpu.toFixed(2), (cpu / stockCpu).toFixed(2),
          String(median(runs[name].map((r) => r.p50))), String(median(runs[name].map((r) => r.p99))), String(runs[name].reduce((sum, r) => sum + r.non2xx, 0)),
        ]);
      }
    }
    const header = ['workload', 'gateway', 'req/s', '× stock', 'CPU ms/req', '× stock', 'p50 ms', 'p99 ms', 'non-2xx'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    process.stdout.write(`\n${line(header)}\n${rows.map(line).join('\n')}\n\n`);
    for (const child of children) child.kill('SIGTERM');
    markShuttingDown();
    await graph.stop();
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await database.stop();
  }
}

/** Stock @apollo/gateway, with only what the subgraphs require: a gateway token on each request. */
async function serveStock(): Promise<void> {
  const signer = new InternalTokenSigner(privateKeyFromPem(process.env.GATEWAY_PRIVATE_KEY ?? ''));
  const urls = subgraphUrlOverrides();
  const server = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: readSupergraph(process.env.SUPERGRAPH_PATH ?? ''),
      buildService: ({ name, url }) =>
        new RemoteGraphQLDataSource({
          url: urls[name] ?? url,
          willSendRequest: async ({ request }) => request.http?.headers.set(INTERNAL_TOKEN_HEADER, await signer.tokenFor(name, ANONYMOUS)),
        }),
    }),
  });
  await startStandaloneServer(server, { listen: { port: Number(process.env.GATEWAY_PORT), host: '127.0.0.1' } });
}

interface Gateway {
  url: string;
  pid: number;
}

async function startProcess(args: string[], env: Record<string, string>, children: ChildProcess[]): Promise<Gateway> {
  const port = await freePort();
  // tsx as a loader, not its CLI: the gateway then runs in the very process whose CPU time is read.
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...env, GATEWAY_PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let attempt = 0; attempt < 600; attempt++) {
    const ready = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then((r) => r.ok, () => false);
    if (ready) return { url, pid: child.pid! };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${args.join(' ')} did not start`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** User + system CPU time of a process so far, in milliseconds (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Result {
  requests: number;
  cpuMsPerRequest: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function measure(gateway: Gateway, body: unknown, seconds: number, connections: number): Promise<Result> {
  const args = (duration: number) => [
    path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js'), '--json', '-c', String(connections), '-d', String(duration),
    '-m', 'POST', '-H', 'content-type=application/json', '-b', JSON.stringify(body), gateway.url,
  ];
  await run(process.execPath, args(2), { maxBuffer: 10_000_000 });
  const before = cpuMs(gateway.pid);
  const { stdout } = await run(process.execPath, args(seconds), { maxBuffer: 10_000_000 });
  const cpu = cpuMs(gateway.pid) - before;
  const report = JSON.parse(stdout) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number };
  return {
    requests: report.requests.average,
    cpuMsPerRequest: cpu / Math.max(1, report.requests.total),
    p50: report.latency.p50,
    p99: report.latency.p99,
    non2xx: report.non2xx,
  };
}

const TERRITORY = `query Territory($code: String!) { territory(level: DEPARTEMENT, code: $code) { code name population region { code name } } }`;

const EPN_PAGE = `query EpnPage($id: ID!) { epn(id: $id) { id name summary venueType openingHours
  address { street postalCode communeName } commune { name departement { name } region { name } } location { latitude longitude }
  services fees accessModes equipment { computers tablets wifi } mediatorCount phone emails websites
  currentLabel { status awardedAt awardedBy { id name kind } }
  events(upcoming: true, first: 5) { totalCount edges { node { id title startsAt seatsLeft } } }
  eligibleOffers(first: 10) { totalCount edges { node { id partner title discount } } } pimCertificationCount } }`;

const DIRECTORY = `query EpnDirectory($code: String!) { epns(filter: { territory: { level: DEPARTEMENT, code: $code } }, first: 20) {
  totalCount edges { node { id name venueType address { street postalCode communeName } location { latitude longitude }
  currentLabel { status awardedBy { id name kind } } events(upcoming: true, first: 3) { edges { node { id title startsAt } } }
  eligibleOffers(first: 1) { totalCount } } } } }`;

main().catch((error: unknown) => {
  process.stderr.write(`bench:gateway: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
