import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { Pool } from 'pg';
import { z } from 'zod';
import { ConfigError, commonConfigShape, envVar, generateGatewayKeyPair, loadConfig, markShuttingDown, statementCount } from '../../subgraphs/kit/src';
import { migrateAll, openDatabase, startSubgraphs, stopSubgraphs, ROOT, type RunningSubgraph } from '../lib/runtime';
import { isSeeded, seedDatabase } from '../seed/seed';
import { GATEWAYS, startGatewayProcess, type GatewayId, type RunningGatewayProcess } from './gateways';
import type { LoadResult, LoadSpec } from './load';
import { cpuMs, postmasterPid, sampleRss } from './processes';
import { InProcessProfiler, readProfile, summariseProfile, type ProfileSummary } from './profile';
import { aggregate, render, verdicts, type AnswerCheck, type BenchMeta, type BenchReport, type PageSizeRow, type RunResult } from './report';
import { WORKLOAD_IDS, activeAdherents, buildWorkloads, departementsWithEpn, requestBody, signToken, trustedOperations, type Workload, type WorkloadId } from './workloads';

const usage = `usage: npm run bench -- [--seconds 20] [--warmup 5] [--connections 50] [--rounds 1]
                       [--workloads ${WORKLOAD_IDS.join(',')}] [--gateways ${GATEWAYS.map((g) => g.id).join(',')}]
                       [--out bench-results] [--cpu-prof]`;

/**
 * npm run bench — our gateway beside its Node peers, in one run on this machine: the four national
 * subgraphs in this process on the development database (embedded PostgreSQL under .data/, created
 * and seeded on first use), then each gateway in its own single process, one at a time, in front of
 * them — this gateway with its defaults and with its response cache off, stock @apollo/gateway on
 * @apollo/server, and Hive Gateway — with the same supergraph file. autocannon, in another process,
 * runs each workload (workloads.ts) at fixed concurrency after a warm-up. For each gateway and
 * workload: requests/s, latency percentiles, errors (HTTP, GraphQL, sockets), the gateway process's
 * peak memory, SQL statements per request (counted by the subgraphs' DataSources) and the CPU time
 * each process spent per request. Then SQL statements of the directory and the adherent dashboard at
 * page sizes 10 to 100. Prints a table with ratios against the peers and writes it as JSON and
 * Markdown into --out.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' }, warmup: { type: 'string' }, connections: { type: 'string' }, rounds: { type: 'string' },
      workloads: { type: 'string' }, gateways: { type: 'string' }, out: { type: 'string' }, 'cpu-prof': { type: 'boolean', default: false },
      seed: { type: 'string' }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  // Flags win over BENCH_* variables; both are validated the same way.
  const config = loadConfig({
    ...commonConfigShape,
    BENCH_SECONDS: envVar.positiveInt(20),
    BENCH_WARMUP_SECONDS: envVar.positiveInt(5),
    BENCH_CONNECTIONS: envVar.positiveInt(50),
    BENCH_ROUNDS: envVar.positiveInt(1),
    BENCH_SEED: envVar.positiveInt(7),
    BENCH_WORKLOADS: z.string().default(WORKLOAD_IDS.join(',')),
    BENCH_GATEWAYS: z.string().default(GATEWAYS.map((g) => g.id).join(',')),
    BENCH_OUT: z.string().default('bench-results'),
  }, {
    ...process.env,
    ...definedOnly({
      BENCH_SECONDS: values.seconds, BENCH_WARMUP_SECONDS: values.warmup, BENCH_CONNECTIONS: values.connections, BENCH_ROUNDS: values.rounds,
      BENCH_SEED: values.seed, BENCH_WORKLOADS: values.workloads, BENCH_GATEWAYS: values.gateways, BENCH_OUT: values.out,
    }),
  });
  const workloadIds = listOf(config.BENCH_WORKLOADS, WORKLOAD_IDS, 'BENCH_WORKLOADS (--workloads)');
  const gatewayIds = listOf(config.BENCH_GATEWAYS, GATEWAYS.map((g) => g.id), 'BENCH_GATEWAYS (--gateways)');
  const gateways = GATEWAYS.filter((g) => gatewayIds.includes(g.id));
  const outDir = path.resolve(ROOT, config.BENCH_OUT);
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'netpublic-bench-'));
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  // Warnings to stderr, with the progress: stdout carries the table only.
  const logger = pino({ level: 'warn' }, pino.destination(2));
  const loadAverageBefore = os.loadavg();
  const started = new Date();

  const dataDir = path.resolve(ROOT, config.PG_DATA_DIR);
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir, port: config.PG_PORT, logger });
  let subgraphs = new Map<string, RunningSubgraph>();
  let sql: Pool | null = null;
  try {
    await migrateAll(database.url, logger);
    if (!(await isSeeded(database.url))) {
      log('seeding the development database (first run)…');
      await seedDatabase(database.url, { logger, progress: true });
    }
    // A fresh key pair and client-token secret: the benchmark's gateways trust nothing of the development setup.
    const keyPair = generateGatewayKeyPair();
    const jwtSecret = randomBytes(32).toString('base64url');
    // Rules that read the graph (the dashboard's live adhesion check) read it through the gateway under test.
    let gatewayUrl: string | undefined;
    subgraphs = await startSubgraphs({ databaseUrl: database.url, logger, keyPair, gatewayUrl: () => gatewayUrl });
    const supergraphPath = path.join(runDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, withSubgraphUrls(readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8'), subgraphs));
    sql = new Pool({ connectionString: database.url, max: 2 });
    const workloads = await buildWorkloads(sql, { jwtSecret, seed: config.BENCH_SEED }, workloadIds);
    const pageProbes = await pageSizeProbes(sql, jwtSecret);
    const postgres = database.embedded ? postmasterPid(dataDir) : null;
    const meta: BenchMeta = {
      date: started.toISOString(),
      machine: {
        cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()}`, node: process.versions.node, loadAverageBefore, loadAverageAfter: [],
      },
      settings: { connections: config.BENCH_CONNECTIONS, seconds: config.BENCH_SECONDS, warmupSeconds: config.BENCH_WARMUP_SECONDS, rounds: config.BENCH_ROUNDS, seed: config.BENCH_SEED },
      dataset: await datasetSize(sql),
      versions: versions(['@apollo/gateway', '@apollo/server', '@graphql-hive/gateway', 'graphql']),
      gateways,
      workloads: workloads.map(({ id, title, operation, viewer, portal }) => ({ id, title, operation, viewer, portal })),
    };

    const runs: RunResult[] = [];
    const answers = new Map<WorkloadId, Map<GatewayId, { data: string; error: string | null }>>();
    const profiles: { process: string; summary: ProfileSummary }[] = [];
    let pageSizes: PageSizeRow[] = [];
    const profileDir = values['cpu-prof'] ? path.join(outDir, 'profiles') : undefined;
    for (let round = 1; round <= config.BENCH_ROUNDS; round++) {
      for (const kind of gateways) {
        log(`round ${round}/${config.BENCH_ROUNDS}: starting ${kind.label}`);
        const gateway = await startGatewayProcess(kind, { supergraphPath, gatewayPrivateKeyPem: keyPair.privateKeyPem, jwtSecret, cpuProfileDir: profileDir }, log);
        gatewayUrl = gateway.url;
        const profiler = profileDir ? new InProcessProfiler() : null;
        try {
          await profiler?.start();
          for (const workload of workloads) {
            if (round === 1) {
              const answer = await probe(gateway.url, workload);
              answers.set(workload.id, (answers.get(workload.id) ?? new Map()).set(kind.id, answer));
            }
            log(`${kind.label} · ${workload.id}: ${config.BENCH_WARMUP_SECONDS} s warm-up, ${config.BENCH_SECONDS} s measured`);
            const run = await runWorkload(gateway, workload, subgraphs, postgres, config, runDir, round);
            log(`  ${run.load.requestsPerSecond.toFixed(0)} req/s, p99 ${run.load.latencyMs.p99.toFixed(1)} ms, ${run.sqlPerRequest.toFixed(2)} SQL/req, peak ${run.peakRssMb.toFixed(0)} MB${run.load.firstError ? `, error: ${run.load.firstError}` : ''}`);
            runs.push(run);
          }
          if (kind.id === 'ours-no-cache' && round === 1) {
            log('SQL statements per request by page size…');
            pageSizes = await measurePageSizes(gateway.url, pageProbes, subgraphs);
          }
        } finally {
          // The last requests' reads of the graph end before their gateway goes.
          await quiet(subgraphs);
          const profile = await profiler?.stop();
          await gateway.stop();
          if (profile && profileDir) {
            const file = path.join(profileDir, `subgraphs-while-${kind.id}-${Date.now()}.cpuprofile`);
            writeFileSync(file, JSON.stringify(profile));
            profiles.push({ process: `subgraphs (this process) while ${kind.label} ran`, summary: summariseProfile(profile) });
            // The gateway's main thread (node names profiles CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile; thread 0 is the main one).
            const own = readdirSync(path.join(profileDir, kind.id)).filter((file) => file.split('.')[4] === '0').sort().at(-1);
            if (own) profiles.push({ process: kind.label, summary: summariseProfile(readProfile(path.join(profileDir, kind.id, own))) });
          }
        }
      }
    }
    if (!pageSizes.length && pageProbes.length) {
      log('SQL statements per request by page size (through this gateway, cache off)…');
      const gateway = await startGatewayProcess(GATEWAYS.find((g) => g.id === 'ours-no-cache')!, { supergraphPath, gatewayPrivateKeyPem: keyPair.privateKeyPem, jwtSecret }, log);
      gatewayUrl = gateway.url;
      try {
        pageSizes = await measurePageSizes(gateway.url, pageProbes, subgraphs);
      } finally {
        await gateway.stop();
      }
    }
    meta.machine.loadAverageAfter = os.loadavg();

    const rows = aggregate(runs, workloads.map((w) => w.id), gateways.map((g) => g.id));
    const report: BenchReport = {
      meta, rows, pageSizes, profiles, runs,
      answers: workloads.map((w) => answerCheck(w.id, answers.get(w.id))),
      verdicts: verdicts(rows, pageSizes, workloads.filter((w) => w.portal).map((w) => w.id)),
    };
    const { markdown, text } = render(report);
    mkdirSync(outDir, { recursive: true });
    const stamp = started.toISOString().slice(0, 16).replace(/:/g, '-');
    for (const name of [`bench-${stamp}`, 'latest']) {
      writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      writeFileSync(path.join(outDir, `${name}.md`), `${markdown}\n`);
    }
    process.stdout.write(`\n${text}\nWritten: ${path.relative(process.cwd(), path.join(outDir, `bench-${stamp}.md`))} and .json (also latest.md, latest.json)\n`);
  } finally {
    markShuttingDown();
    await stopSubgraphs(subgraphs);
    await sql?.end();
    await database.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function listOf<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (unknown.length || !items.length) throw new ConfigError(`Invalid configuration: ${name} must list some of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  return items as T[];
}

/** The committed supergraph with each subgraph's URL where it listens now: the one file every gateway serves. */
function withSubgraphUrls(supergraph: string, subgraphs: Map<string, RunningSubgraph>): string {
  return supergraph.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const running = subgraphs.get(name);
    return running ? `@join__graph(name: "${name}", url: "${running.server.url}")` : whole;
  });
}

function versions(packages: string[]): Record<string, string> {
  return Object.fromEntries(packages.map((name) => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return [name, manifest.version];
  }));
}

async function datasetSize(sql: Pool): Promise<BenchMeta['dataset']> {
  const { rows } = await sql.query<{ epn: string; adherents: string; labels: string }>(
    'SELECT (SELECT count(*) FROM epn.epn) AS epn, (SELECT count(*) FROM adherents.adherent) AS adherents, (SELECT count(*) FROM epn.label) AS labels',
  );
  return { epn: Number(rows[0].epn), adherents: Number(rows[0].adherents), labels: Number(rows[0].labels) };
}

function sqlCounts(subgraphs: Map<string, RunningSubgraph>): Record<string, number> {
  return Object.fromEntries([...subgraphs].map(([name, running]) => [name, statementCount(running.dataSource)]));
}

function perRequest(before: Record<string, number>, after: Record<string, number>, requests: number): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((name) => [name, (after[name] - before[name]) / Math.max(1, requests)]));
}

function runLoad(spec: LoadSpec, runDir: string): Promise<LoadResult> {
  const file = path.join(runDir, 'load-spec.json');
  writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'load.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`the load generator exited with code ${code}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}

async function runWorkload(
  gateway: RunningGatewayProcess, workload: Workload, subgraphs: Map<string, RunningSubgraph>, postgres: number | null,
  config: { BENCH_CONNECTIONS: number; BENCH_SECONDS: number; BENCH_WARMUP_SECONDS: number }, runDir: string, round: number,
): Promise<RunResult> {
  const memory = sampleRss(gateway.pid);
  const spec = { url: gateway.url, connections: config.BENCH_CONNECTIONS, requests: workload.requests, rootField: workload.rootField };
  await runLoad({ ...spec, seconds: config.BENCH_WARMUP_SECONDS, order: workload.warmup }, runDir);
  const sqlBefore = sqlCounts(subgraphs);
  const gatewayCpu = cpuMs(gateway.pid);
  const ownCpu = process.cpuUsage();
  const postgresCpu = postgres ? cpuMs(postgres) : 0;
  const load = await runLoad({ ...spec, seconds: config.BENCH_SECONDS, order: workload.measured }, runDir);
  const own = process.cpuUsage(ownCpu);
  const requests = Math.max(1, load.requests);
  const sqlPerRequestBySubgraph = perRequest(sqlBefore, sqlCounts(subgraphs), requests);
  return {
    round, gateway: gateway.kind.id, workload: workload.id, load,
    peakRssMb: memory.stop(),
    sqlPerRequest: Object.values(sqlPerRequestBySubgraph).reduce((a, b) => a + b, 0),
    sqlPerRequestBySubgraph,
    cpuMsPerRequest: {
      gateway: (cpuMs(gateway.pid) - gatewayCpu) / requests,
      subgraphs: (own.user + own.system) / 1000 / requests,
      postgres: postgres ? (cpuMs(postgres) - postgresCpu) / requests : null,
      load: load.loadCpuMs / requests,
    },
  };
}

/** One benchmark request, as the load generator sends it. */
function send(url: string, request: { body: string; authorization?: string }): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(request.authorization ? { authorization: request.authorization } : {}) },
    body: request.body,
  });
}

/** The first request of the measured sequence, once: its data, to compare the gateways' answers. */
async function probe(url: string, workload: Workload): Promise<{ data: string; error: string | null }> {
  const response = await send(url, workload.requests[workload.measured[0]]);
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
    const error = response.ok ? body.errors?.[0]?.message ?? null : `HTTP ${response.status}: ${body.errors?.[0]?.message ?? text.slice(0, 200)}`;
    return { data: JSON.stringify(body.data ?? null), error };
  } catch {
    return { data: 'null', error: `HTTP ${response.status}: ${text.slice(0, 200)}` };
  }
}

function answerCheck(workload: WorkloadId, answers: Map<GatewayId, { data: string; error: string | null }> | undefined): AnswerCheck {
  const entries = [...(answers ?? new Map<GatewayId, { data: string; error: string | null }>())];
  const reference = entries[0]?.[1].data;
  return {
    workload,
    differing: entries.filter(([, answer]) => answer.data !== reference).map(([gateway]) => gateway),
    errors: entries.filter(([, answer]) => answer.error).map(([gateway, answer]) => ({ gateway, message: answer.error! })),
  };
}

/** Waits until the subgraphs have run no statement for half a second: the last load's requests are over. */
async function quiet(subgraphs: Map<string, RunningSubgraph>): Promise<void> {
  let last = -1;
  for (let total = sum(sqlCounts(subgraphs)); total !== last; total = sum(sqlCounts(subgraphs))) {
    last = total;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

interface PageProbe {
  operation: string;
  /** Requests at a page size, and where the page's items are in the answer. */
  requests(first: number): { body: string; authorization?: string }[];
  items(data: any): number;
}

const PAGE_SIZES = [10, 20, 50, 100];

/** The directory and the adherent dashboard, on the départements and adherents with 100 or more EPN (full pages). */
async function pageSizeProbes(sql: Pool, jwtSecret: string): Promise<PageProbe[]> {
  const operations = trustedOperations();
  const probes: PageProbe[] = [];
  const departements = (await departementsWithEpn(sql, 100)).slice(0, 3);
  if (departements.length) {
    probes.push({
      operation: 'EpnDirectory',
      requests: (first) => departements.map(({ code }) => ({ body: requestBody(operations, 'EpnDirectory', { territory: { level: 'DEPARTEMENT', code }, first }) })),
      items: (data) => data?.epns?.edges?.length ?? 0,
    });
  }
  const { rows } = await sql.query<{ id: string }>(
    `SELECT awarded_by_adherent_id AS id FROM epn.label WHERE status = 'ACTIVE' AND awarded_by_adherent_id IS NOT NULL
     GROUP BY 1 HAVING count(*) >= 100 ORDER BY count(*) DESC, 1 LIMIT 2`,
  );
  const validated = new Set(await activeAdherents(sql, 10_000));
  const adherents = rows.map((row) => row.id).filter((id) => validated.has(id));
  if (adherents.length) {
    const tokens = await Promise.all(adherents.map((id, n) => signToken(jwtSecret, { role: 'ADHERENT_ADMIN', adherentId: id }, `bench-page-sizes-${n}`)));
    probes.push({
      operation: 'AdherentDashboard',
      requests: (first) => adherents.map((id, n) => ({ body: requestBody(operations, 'AdherentDashboard', { id, first }), authorization: `Bearer ${tokens[n]}` })),
      items: (data) => data?.adherent?.labelledEpns?.edges?.length ?? 0,
    });
  }
  return probes;
}

/** One request at a time, so the statements counted are that request's. */
async function measurePageSizes(url: string, probes: PageProbe[], subgraphs: Map<string, RunningSubgraph>): Promise<PageSizeRow[]> {
  const rows: PageSizeRow[] = [];
  await quiet(subgraphs);
  for (const probe of probes) {
    for (const first of PAGE_SIZES) {
      const requests = probe.requests(first);
      let items = 0;
      const before = sqlCounts(subgraphs);
      for (const request of requests) {
        const response = await send(url, request);
        const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
        if (body.errors?.length) throw new Error(`${probe.operation} (first: ${first}) failed: ${body.errors[0].message}`);
        items = Math.min(items || Infinity, probe.items(body.data));
      }
      const bySubgraph = perRequest(before, sqlCounts(subgraphs), requests.length);
      rows.push({ operation: probe.operation, first, items, sqlPerRequest: Object.values(bySubgraph).reduce((a, b) => a + b, 0), sqlPerRequestBySubgraph: bySubgraph });
    }
  }
  return rows;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error instanceof ConfigError ? error.message : error.stack ?? error.message) : String(error)}\n${error instanceof ConfigError ? `${usage}\n` : ''}`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
