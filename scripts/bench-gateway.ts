import 'reflect-metadata';
import { execFile } from 'node:child_process';
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
import { JwtAuthenticator } from '../gateway/src/auth';
import { readSupergraph } from '../gateway/src/config';
import { startGateway, type GatewayOptions } from '../gateway/src/gateway';
import { migrateAll, openDatabase, startGraph, ROOT } from './lib/runtime';
import { isSeeded, seedDatabase } from './seed/seed';

const run = promisify(execFile);

/**
 * npm run bench:gateway — what this gateway costs and saves per request, against stock
 * @apollo/gateway in front of the same subgraphs (one process, the development database):
 *   stock        ApolloGateway on Apollo Server's standalone server, default data sources
 *   no cache     this gateway, response cache off (limits, metrics, errors… all on)
 *   defaults     this gateway as configured by default: anonymous public reads cached
 * Rate limiting is off in both of ours (one benchmark client is one address). autocannon runs as its
 * own process, BENCH_CONNECTIONS connections for BENCH_SECONDS per case after a short warm-up, in
 * BENCH_ROUNDS rounds.
 */
async function main(): Promise<void> {
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
  const supergraphSdl = readSupergraph(config.SUPERGRAPH_PATH);
  try {
    await migrateAll(database.url, logger);
    if (!(await isSeeded(database.url))) await seedDatabase(database.url, { logger, progress: true });
    const graph = await startGraph({ databaseUrl: database.url, logger, keyPair, supergraphSdl, gatewaySettings: { rateLimit: { enabled: false, requests: 1, windowSeconds: 1 } } });
    const subgraphUrls = Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.server.url]));
    const signer = new InternalTokenSigner(privateKeyFromPem(keyPair.privateKeyPem));

    const stock = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl,
        buildService: ({ name }) =>
          new RemoteGraphQLDataSource({
            url: subgraphUrls[name],
            // The one addition stock needs: subgraphs only answer the gateway.
            willSendRequest: async ({ request }) => request.http?.headers.set(INTERNAL_TOKEN_HEADER, await signer.tokenFor(name, ANONYMOUS)),
          }),
      }),
    });
    const { url: stockUrl } = await startStandaloneServer(stock, { listen: { port: 0, host: '127.0.0.1' } });
    const ours = (settings: GatewayOptions['settings']) =>
      startGateway({
        supergraphSdl, subgraphUrls, signer, logger, port: 0,
        authenticator: new JwtAuthenticator({ issuer: 'netpublic-graph', audience: 'netpublic-graph' }),
        settings: { rateLimit: { enabled: false, requests: 1, windowSeconds: 1 }, ...settings },
      });
    const noCache = await ours({ responseCache: { enabled: false, maxBytes: 1, maxTtlSeconds: 1 } });
    const defaults = await ours({});

    const epn = await (await fetch(graph.gatewayUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" }, labelled: true }, first: 1) { edges { node { id } } } }' }),
    })).json() as { data: { epns: { edges: { node: { id: string } }[] } } };
    const workloads = {
      'territory (1 subgraph)': { query: TERRITORY, variables: { code: '35' } },
      'EPN page (4 subgraphs)': { query: EPN_PAGE, variables: { id: epn.data.epns.edges[0].node.id } },
      'directory (20 EPN, 4 subgraphs)': { query: DIRECTORY, variables: { code: '35' } },
    };
    const gateways = [['stock', stockUrl], ['no cache', noCache.url], ['defaults', defaults.url]] as const;
    const rows: string[][] = [];
    for (const [workload, body] of Object.entries(workloads)) {
      // Rounds alternate the gateways, so that a busy machine weighs on all of them alike; medians are reported.
      const runs: Record<string, Result[]> = Object.fromEntries(gateways.map(([name]) => [name, []]));
      for (let round = 1; round <= config.BENCH_ROUNDS; round++) {
        for (const [name, url] of gateways) {
          process.stderr.write(`${workload}, round ${round}: ${name}…\n`);
          runs[name].push(await autocannon(url, body, config.BENCH_SECONDS, config.BENCH_CONNECTIONS));
        }
      }
      const stockRate = median(runs.stock.map((r) => r.requests));
      for (const [name] of gateways) {
        const rate = median(runs[name].map((r) => r.requests));
        rows.push([
          workload, name, rate.toFixed(0), (rate / stockRate).toFixed(2), String(median(runs[name].map((r) => r.p50))),
          String(median(runs[name].map((r) => r.p99))), String(runs[name].reduce((sum, r) => sum + r.non2xx, 0)),
        ]);
      }
    }
    const header = ['workload', 'gateway', 'req/s', '× stock', 'p50 ms', 'p99 ms', 'non-2xx'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    process.stdout.write(`\n${line(header)}\n${rows.map(line).join('\n')}\n\n`);

    await noCache.close();
    await defaults.close();
    await stock.stop();
    markShuttingDown();
    await graph.stop();
  } finally {
    await database.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Result {
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function autocannon(url: string, body: unknown, seconds: number, connections: number): Promise<Result> {
  const args = (duration: number) => [
    path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js'), '--json', '-c', String(connections), '-d', String(duration),
    '-m', 'POST', '-H', 'content-type=application/json', '-b', JSON.stringify(body), url,
  ];
  await run(process.execPath, args(2), { maxBuffer: 10_000_000 });
  const { stdout } = await run(process.execPath, args(seconds), { maxBuffer: 10_000_000 });
  const report = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number };
  return { requests: report.requests.average, p50: report.latency.p50, p99: report.latency.p99, non2xx: report.non2xx };
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
