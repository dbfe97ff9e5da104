import { signDevToken } from './lib/dev-token';
import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { threadId } from 'node:worker_threads';
import pino from 'pino';
import {
  InternalTokenSigner, InternalTokenVerifier, createDataSource, generateGatewayKeyPair, migrate, privateKeyFromPem, publicKeyFromPem,
  serveSubgraph, startEmbeddedPostgres,
} from '../subgraphs/kit/src';
import { regionalTemplateSubgraph } from '../subgraphs/regional-template/src';
import { JwtAuthenticator } from '../gateway/src/auth';
import { startGateway } from '../gateway/src/gateway';
import { openRegistry, readNationalSubgraphs } from '../gateway/src/registry';
import { evaluate, parseClientOperations } from '../gateway/src/registry/evaluate';
import { migrateAll, startGraph } from './lib/runtime';
import { seedDatabase } from './seed/seed';

/**
 * npm run bench:registry — what the registry costs the graph, measured on a real PostgreSQL and
 * real HTTP: query latency while compositions run (in the worker, and inline for comparison),
 * composition time, publish-to-live on the publishing gateway and on a second replica.
 * Prints numbers; asserts nothing. Runs about a minute on 2 cores.
 */
const SECRET = 'bench-secret-of-at-least-32-characters!';
const CONCURRENCY = 4;
const ROUNDS = 8;
const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

async function token(claims: Record<string, string>): Promise<string> {
  return signDevToken(SECRET, claims, { subject: `bench-${claims.role.toLowerCase()}` });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'netpublic-bench-'));
  chmodSync(parent, 0o755);
  process.stdout.write('Starting PostgreSQL, migrating and seeding 1,000 EPN…\n');
  const db = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), port: 54000 + Math.floor(Math.random() * 900), database: 'netpublic', logger, ephemeral: true });
  try {
    await migrateAll(db.url, logger);
    await seedDatabase(db.url, { logger, epnCount: 1000, progress: false });
    const regionalDataSource = createDataSource({ url: db.url, schema: 'regional_template', entities: regionalTemplateSubgraph.entities, migrations: regionalTemplateSubgraph.migrations, logger });
    await regionalDataSource.initialize();
    await migrate(regionalDataSource, 'regional_template', logger);

    const keyPair = generateGatewayKeyPair();
    const graph = await startGraph({ databaseUrl: db.url, logger, keyPair, jwtSecret: SECRET, registry: { pollMs: 60_000 } });
    const regional = await serveSubgraph({
      definition: regionalTemplateSubgraph, dataSource: regionalDataSource, port: 0, logger,
      verifier: new InternalTokenVerifier(publicKeyFromPem(keyPair.publicKeyPem), regionalTemplateSubgraph.name),
    });
    // A second replica on the same registry, hearing of publishes through PostgreSQL only.
    const replicaRegistry = await openRegistry({ databaseUrl: db.url, logger, gatewayPublicKeyPem: keyPair.publicKeyPem, pollMs: 60_000 });
    const replica = await startGateway({
      supergraphSdl: replicaRegistry.current.supergraphSdl, supergraphVersion: replicaRegistry.current.version,
      subgraphUrls: Object.fromEntries([...graph.subgraphs].map(([name, s]) => [name, s.server.url])),
      signer: new InternalTokenSigner(privateKeyFromPem(keyPair.privateKeyPem)),
      authenticator: new JwtAuthenticator({ secret: SECRET, issuer: 'netpublic-graph', audience: 'netpublic-graph' }),
      logger, port: 0, routes: replicaRegistry.routes,
    });
    await replicaRegistry.attach(replica.supergraph);

    const origin = graph.gatewayUrl.replace(/\/graphql$/, '');
    const centre = await token({ role: 'REGIONAL_CENTRE', subgraph: 'regional-template' });
    const template = readFileSync(regionalTemplateSubgraph.schemaFile, 'utf8');
    // The template with fields benchField0…benchFieldN added: each publish adds one, so none is breaking.
    const variant = (n: number) => template.replace('  seats: Int!\n  "Whether', `  seats: Int!\n${Array.from({ length: n + 1 }, (_, i) => `  "Bench field ${i}."\n  benchField${i}: Int\n`).join('')}  "Whether`);
    const call = async (pathname: string, body: unknown, at = origin) => {
      const response = await fetch(`${at}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${centre}` }, body: JSON.stringify(body) });
      return (await response.json()) as any;
    };
    const first = await call('/admin/registry/subgraphs/regional-template/publish', { sdl: template, url: regional.url });
    if (first.outcome !== 'PUBLISHED') throw new Error(first.summary);

    const QUERY = JSON.stringify({ query: '{ epns(first: 10) { totalCount edges { node { name commune { name } currentLabel { status } events(first: 2) { totalCount } regionalTemplateWorkshops { totalCount } } } } }' });
    const load = async (during: () => Promise<void>) => {
      const latencies: number[] = [];
      let failures = 0;
      let running = true;
      const histogram = monitorEventLoopDelay({ resolution: 5 });
      histogram.enable();
      const clients = Array.from({ length: CONCURRENCY }, async () => {
        while (running) {
          const started = performance.now();
          const response = await fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
          const body = (await response.json()) as { errors?: unknown[] };
          latencies.push(performance.now() - started);
          if (response.status !== 200 || body.errors) failures += 1;
        }
      });
      await during();
      running = false;
      await Promise.all(clients);
      histogram.disable();
      return { latencies, failures, loopMax: histogram.max / 1e6 };
    };

    process.stdout.write('Measuring…\n');
    const baseline = await load(() => new Promise((resolve) => setTimeout(resolve, 4000)));

    const compositionMs: number[] = [];
    const evaluationMs: number[] = [];
    const inWorker = await load(async () => {
      for (let i = 0; i < ROUNDS; i += 1) {
        const report = await call('/admin/registry/subgraphs/regional-template/check', { sdl: variant(i) });
        if (report.threadId === threadId) throw new Error('composition ran on the serving thread');
        compositionMs.push(report.compositionMs);
        evaluationMs.push(report.totalMs);
      }
    });

    // The same work on the serving thread, to show what the worker spares requests.
    const snapshot = await graph.registry!.service.version(
      { role: 'NATIONAL_ADMIN', subject: 'bench' }, (await graph.registry!.service.list({ role: 'NATIONAL_ADMIN', subject: 'bench' })).currentVersion!,
    );
    const clientOperations = parseClientOperations(JSON.parse(readFileSync(path.join(__dirname, '..', 'schema', '__generated__', 'persisted-documents.json'), 'utf8')));
    const inline = await load(async () => {
      for (let i = 0; i < ROUNDS; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await evaluate({
          target: { name: 'regional-template', kind: 'REGIONAL' },
          subgraphs: snapshot.members.map((m) => ({ ...m, url: m.url ?? '', sdl: m.name === 'regional-template' ? variant(i) : m.sdl })),
          previousApiSchemaSdl: snapshot.apiSchemaSdl, otherRegionalNames: [], nationalNames: readNationalSubgraphs().map((n) => n.name),
        }, clientOperations, threadId);
      }
    });

    const liveHere: number[] = [];
    const liveReplica: number[] = [];
    const switchMs: number[] = [];
    const publishing = await load(async () => {
      for (let i = 0; i < ROUNDS; i += 1) {
        const sent = Date.now();
        const report = await call('/admin/registry/subgraphs/regional-template/publish', { sdl: variant(i) });
        if (report.outcome !== 'PUBLISHED') throw new Error(report.summary);
        while (replica.supergraph.served()?.version !== report.currentVersion) await new Promise((resolve) => setTimeout(resolve, 2));
        liveHere.push(graph.gateway.supergraph.served()!.loadedAt.getTime() - sent);
        liveReplica.push(replica.supergraph.served()!.loadedAt.getTime() - sent);
        switchMs.push(graph.gateway.supergraph.served()!.loadMs, replica.supergraph.served()!.loadMs);
      }
    });

    const row = (label: string, run: { latencies: number[]; failures: number; loopMax: number }) =>
      `| ${label} | ${run.latencies.length} | ${run.failures} | ${ms(percentile(run.latencies, 50))} | ${ms(percentile(run.latencies, 99))} | ${ms(Math.max(...run.latencies))} | ${ms(run.loopMax)} |`;
    process.stdout.write(`
Queries (${CONCURRENCY} clients, 10 EPN with 4 subgraphs each), while…
| while | queries | failed | p50 | p99 | max | event loop max delay |
|---|---|---|---|---|---|---|
${row('nothing else runs', baseline)}
${row(`${ROUNDS} checks compose in the worker`, inWorker)}
${row(`${ROUNDS} compositions on the serving thread (for comparison)`, inline)}
${row(`${ROUNDS} publishes go live`, publishing)}

Composition (worker): median ${ms(percentile(compositionMs, 50))}, max ${ms(Math.max(...compositionMs))}; whole check (naming, composition, diff, client operations): median ${ms(percentile(evaluationMs, 50))}
Publish (request sent) → live on the publishing gateway: median ${ms(percentile(liveHere, 50))}, max ${ms(Math.max(...liveHere))}
Publish (request sent) → live on a second replica (PostgreSQL NOTIFY): median ${ms(percentile(liveReplica, 50))}, max ${ms(Math.max(...liveReplica))}
Switch on the serving thread (new schema and query planner), per gateway: median ${ms(percentile(switchMs, 50))}, max ${ms(Math.max(...switchMs))}
`);
    await replica.close();
    await replicaRegistry.close();
    await regional.close();
    await graph.stop();
    await regionalDataSource.destroy();
  } finally {
    await db.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:registry: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
