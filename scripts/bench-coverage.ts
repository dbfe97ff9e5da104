import { signDevToken } from './lib/dev-token';
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import {
  ConfigError, commonConfigShape, generateGatewayKeyPair, loadConfig, rootLogger, startEmbeddedPostgres, type Logger,
} from '../subgraphs/kit/src';
import { epnSubgraph } from '../subgraphs/epn/src';
import { CoverageService } from '../subgraphs/epn/src/services/coverage-service';
import { analyticsRoutes } from '../gateway/src/analytics';
import { readSupergraph } from '../gateway/src/config';
import { migrateAll, startGraph, subgraphDataSource, ROOT } from './lib/runtime';

/**
 * npm run bench:coverage [-- --epn 100000 --years 10 --runs 15 --force]
 *
 * Builds (once) a separate database `netpublic_bench` with N EPN and Y years of label history,
 * generated in SQL, then reports the latency of national label coverage: by département and by
 * commune, on one day and over time, in the epn subgraph's service (SQL) and through the whole graph
 * over HTTP. A benchmark, not a test: it prints numbers.
 */
const BENCH_DATABASE = 'netpublic_bench';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      epn: { type: 'string', default: '100000' },
      years: { type: 'string', default: '10' },
      runs: { type: 'string', default: '15' },
      force: { type: 'boolean', default: false },
    },
  });
  const epnCount = positive(values.epn, '--epn');
  const years = positive(values.years, '--years');
  const runs = positive(values.runs, '--runs');
  const config = loadConfig(commonConfigShape);
  // Slow-statement warnings would drown the numbers: this command only reports errors.
  const logger = rootLogger.child({ component: 'bench' }, { level: 'error' });

  let stopDatabase = async () => undefined as void;
  let url: string;
  if (config.DATABASE_URL) {
    url = await ensureDatabase(config.DATABASE_URL, BENCH_DATABASE);
  } else {
    const db = await startEmbeddedPostgres({ dataDir: path.resolve(ROOT, config.PG_DATA_DIR), port: config.PG_PORT, database: BENCH_DATABASE, logger });
    url = db.url;
    stopDatabase = db.stop;
  }
  try {
    await migrateAll(url, logger);
    await generate(url, { epnCount, years, force: values.force });
    await measure(url, runs, logger);
  } finally {
    await stopDatabase();
  }
}

function positive(value: string | undefined, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`Invalid option: ${option} must be a positive integer (got "${value}")`);
  return n;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The dataset, in SQL so 100,000 EPN take seconds: EPN spread over communes half by population, half
 * uniformly; 60 % labelled at some point of the last `years` years, some suspended (half of them
 * reinstated), some withdrawn, some of those labelled again. Label events go through the real
 * triggers, so labelled periods are derived exactly as in production.
 */
async function generate(url: string, options: { epnCount: number; years: number; force: boolean }): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const marker = `${options.epnCount} EPN, ${options.years} years`;
    await client.query('CREATE TABLE IF NOT EXISTS public.bench_meta (key text PRIMARY KEY, value text NOT NULL)');
    const current = await client.query<{ value: string }>(`SELECT value FROM public.bench_meta WHERE key = 'dataset'`);
    if (!options.force && current.rows[0]?.value === marker) {
      process.stderr.write(`dataset already there (${marker}); --force rebuilds it\n`);
      return;
    }
    process.stderr.write(`generating ${marker} into the database ${BENCH_DATABASE}\n`);
    const started = Date.now();
    await client.query('TRUNCATE epn.epn CASCADE');
    await client.query(`SELECT setseed(0.2007)`);
    await client.query(`
      CREATE TEMP TABLE weighted AS
      SELECT code, sum(population::bigint) OVER (ORDER BY code) AS upto FROM geo.commune WHERE population > 0;
      CREATE INDEX ON weighted (upto);
      CREATE TEMP TABLE numbered AS SELECT code, row_number() OVER (ORDER BY code) AS n FROM geo.commune;
      CREATE INDEX ON numbered (n);
      ANALYZE weighted; ANALYZE numbered;`);
    const { rows: [{ total, communes }] } = await client.query<{ total: string; communes: string }>(
      'SELECT (SELECT max(upto) FROM weighted) AS total, (SELECT count(*) FROM numbered) AS communes',
    );
    const chunk = 10_000;
    // Without a terminal (CI, a log file) the bar prints a line every few seconds instead.
    const bar = new SingleBar({
      format: 'generating {bar} {percentage}% | {value}/{total} EPN with their label history', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000,
    }, Presets.shades_classic);
    bar.start(options.epnCount, 0);
    for (let start = 1; start <= options.epnCount; start += chunk) {
      const end = Math.min(options.epnCount, start + chunk - 1);
      await client.query('BEGIN');
      await client.query(
        `CREATE TEMP TABLE batch ON COMMIT DROP AS
         SELECT gen_random_uuid() AS id, d.*,
                CASE WHEN d.by_population
                  THEN (SELECT w.code FROM weighted w WHERE w.upto >= d.weighted_pick ORDER BY w.upto LIMIT 1)
                  ELSE (SELECT n.code FROM numbered n WHERE n.n = d.uniform_pick)
                END AS commune_code
         FROM (
           SELECT i, random() < 0.5 AS by_population, floor(random() * $3::bigint)::bigint AS weighted_pick, 1 + floor(random() * $4::int)::int AS uniform_pick,
                  now() - (random() * ($5::int + 2) * 365.25) * interval '1 day' AS created_at,
                  random() AS r_label, random() AS r_suspend, random() AS r_reinstate, random() AS r_withdraw, random() AS r_again,
                  random() AS r1, random() AS r2, random() AS r3, random() AS r4
           FROM generate_series($1::int, $2::int) AS i
         ) d`,
        [start, end, total, communes, options.years],
      );
      await client.query(`
        INSERT INTO epn.epn (id, source, source_id, name, street, postal_code, commune_code, venue_type, equipment, created_at, updated_at)
        SELECT b.id, 'bench', 'bench-' || b.i, 'Espace public numérique ' || b.i, (1 + b.i % 120) || ' rue de la République',
               coalesce(left(b.commune_code, 2) || '000', '75000'), b.commune_code,
               (ARRAY['LIBRARY','MEDIATHEQUE','TOWN_HALL','SCHOOL','NEIGHBOURHOOD_HOUSE','CULTURAL_CENTRE','SOCIAL_CENTRE','FRANCE_SERVICES','THIRD_PLACE','ASSOCIATION','OTHER'])[1 + b.i % 11],
               '{"computers": 6, "tablets": 2, "printers": 1, "wifi": true}'::jsonb, b.created_at, b.created_at
        FROM batch b`);
      // Award within the window, after the record exists; then suspend, reinstate, withdraw, re-award.
      await client.query(
        `CREATE TEMP TABLE story ON COMMIT DROP AS
         SELECT b.id AS epn_id, gen_random_uuid() AS label_id, gen_random_uuid() AS second_label_id, a.awarded,
                a.awarded + (b.r1 * (now() - a.awarded)) AS suspended,
                b.r_suspend < 0.10 AS is_suspended, b.r_reinstate < 0.5 AS is_reinstated,
                b.r_withdraw < 0.15 AS is_withdrawn, b.r_again < 0.3 AS is_again, b.r2, b.r3, b.r4
         FROM batch b
         CROSS JOIN LATERAL (SELECT greatest(b.created_at, now() - $1::int * interval '365.25 days')
                                    + b.r4 * (now() - greatest(b.created_at, now() - $1::int * interval '365.25 days')) AS awarded) a
         WHERE b.r_label < 0.6`,
        [options.years],
      );
      await client.query(`
        CREATE TEMP TABLE steps ON COMMIT DROP AS
        SELECT s.*, s.suspended + s.r2 * (now() - s.suspended) AS reinstated,
               CASE WHEN s.is_suspended AND NOT s.is_reinstated THEN NULL
                    ELSE (CASE WHEN s.is_suspended THEN s.suspended + s.r2 * (now() - s.suspended) ELSE s.awarded END)
                         + s.r3 * (now() - (CASE WHEN s.is_suspended THEN s.suspended + s.r2 * (now() - s.suspended) ELSE s.awarded END)) END AS withdrawn
        FROM story s`);
      await client.query(`
        INSERT INTO epn.label (id, epn_id, status, exceptional, awarded_by_adherent_id, charter_version, awarded_at, status_changed_at, criteria)
        SELECT s.label_id, s.epn_id,
               CASE WHEN s.is_withdrawn AND s.withdrawn IS NOT NULL THEN 'WITHDRAWN' WHEN s.is_suspended AND NOT s.is_reinstated THEN 'SUSPENDED' ELSE 'ACTIVE' END,
               true, NULL, 2016, s.awarded, s.awarded, '[]'::jsonb
        FROM steps s;
        INSERT INTO epn.label (id, epn_id, status, exceptional, awarded_by_adherent_id, charter_version, awarded_at, status_changed_at, criteria)
        SELECT s.second_label_id, s.epn_id, 'ACTIVE', true, NULL, 2016, s.withdrawn + (now() - s.withdrawn) / 2, s.withdrawn, '[]'::jsonb
        FROM steps s WHERE s.is_withdrawn AND s.withdrawn IS NOT NULL AND s.is_again;
        INSERT INTO epn.label_event (label_id, epn_id, action, occurred_at, actor_role)
        SELECT s.label_id, s.epn_id, 'AWARDED', s.awarded, 'NATIONAL_ADMIN' FROM steps s
        UNION ALL SELECT s.label_id, s.epn_id, 'SUSPENDED', s.suspended, 'NATIONAL_ADMIN' FROM steps s WHERE s.is_suspended
        UNION ALL SELECT s.label_id, s.epn_id, 'REINSTATED', s.reinstated, 'NATIONAL_ADMIN' FROM steps s WHERE s.is_suspended AND s.is_reinstated
        UNION ALL SELECT s.label_id, s.epn_id, 'WITHDRAWN', s.withdrawn, 'NATIONAL_ADMIN' FROM steps s WHERE s.is_withdrawn AND s.withdrawn IS NOT NULL
        UNION ALL SELECT s.second_label_id, s.epn_id, 'AWARDED', s.withdrawn + (now() - s.withdrawn) / 2, 'NATIONAL_ADMIN' FROM steps s
          WHERE s.is_withdrawn AND s.withdrawn IS NOT NULL AND s.is_again;`);
      await client.query('COMMIT');
      bar.update(end);
    }
    bar.stop();
    await client.query('VACUUM ANALYZE epn.epn, epn.label, epn.label_event, epn.coverage_epn');
    await client.query(`INSERT INTO public.bench_meta VALUES ('dataset', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [marker]);
    process.stderr.write(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  } finally {
    await client.end();
  }
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function time(label: string, runs: number, run: () => Promise<unknown>): Promise<void> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  process.stdout.write(`${label.padEnd(62)} median ${median(samples).toFixed(1).padStart(7)} ms   min ${sorted[0].toFixed(1).padStart(7)}   max ${sorted[sorted.length - 1].toFixed(1).padStart(7)}\n`);
}

async function measure(url: string, runs: number, logger: Logger): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows: [counts] } = await client.query(`SELECT (SELECT count(*) FROM epn.epn)::int AS epn, (SELECT count(*) FROM epn.label_event)::int AS events,
    (SELECT count(*) FROM epn.coverage_epn WHERE NOT isempty(labelled))::int AS labelled, (SELECT min(occurred_at)::date FROM epn.label_event)::text AS since`);
  await client.end();
  process.stdout.write(`\ndataset: ${counts.epn} EPN, ${counts.events} label events since ${counts.since}, ${counts.labelled} EPN labelled at some point; ${runs} runs each\n\n`);

  const dataSource = subgraphDataSource(epnSubgraph, url, logger, 2);
  await dataSource.initialize();
  try {
    const coverage = () => new CoverageService(dataSource);
    await time('service: national coverage by département (109 rows)', runs, () => coverage().coverage({ level: 'DEPARTEMENT', first: 200 }));
    await time('service: 20 départements with the lowest coverage per 100k', runs, () =>
      coverage().coverage({ level: 'DEPARTEMENT', orderBy: { field: 'LABELLED_EPN_PER_100K' }, first: 20 }));
    await time('service: national coverage by commune (first page of 1000)', runs, () => coverage().coverage({ level: 'COMMUNE', first: 1000 }));
    await time('service: national coverage by commune, lowest per 100k', runs, () =>
      coverage().coverage({ level: 'COMMUNE', orderBy: { field: 'LABELLED_EPN_PER_100K' }, first: 100 }));
    await time('service: coverage by EPCI, on 2020-01-01', runs, () => coverage().coverage({ level: 'EPCI', date: '2020-01-01', first: 1000 }));
    await time('service: history by département, yearly over 10 years', runs, async () => {
      const history = await coverage().history({ level: 'DEPARTEMENT', from: tenYearsAgo(), interval: 'YEAR', first: 100 });
      return history.edges.length;
    });
    await time('service: national history, monthly over 10 years', runs, async () =>
      (await coverage().history({ level: 'REGION', from: tenYearsAgo(), interval: 'MONTH', first: 1 })).total());
  } finally {
    await dataSource.destroy();
  }

  const secret = 'bench-secret-of-at-least-16-chars';
  const graph = await startGraph({
    databaseUrl: url, logger, keyPair: generateGatewayKeyPair(), gatewayRoutes: analyticsRoutes(),
    supergraphSdl: readSupergraph(path.join(ROOT, 'schema', 'supergraph.graphql')), jwtSecret: secret,
  });
  try {
    const post = async (query: string) => {
      const response = await fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const fields = 'territory { code name } population epnCount labelledEpnCount labelledEpnPer100k coveredCommuneShare coveredPopulationShare';
    await time('graph (HTTP): national coverage by département', runs, () =>
      post(`{ labelCoverage(level: DEPARTEMENT, first: 200) { totalCount total { ${fields} } edges { node { ${fields} } } } }`));
    await time('graph (HTTP): by département, with adherents (federated)', runs, () =>
      post(`{ labelCoverage(level: DEPARTEMENT, first: 200) { edges { node { ${fields} territory { adherents(first: 1) { totalCount } } } } } }`));
    await time('graph (HTTP): national coverage by commune (1000 rows)', runs, () =>
      post(`{ labelCoverage(level: COMMUNE, first: 1000) { totalCount edges { node { ${fields} } } } }`));
    const token = await signDevToken(secret, { role: 'ANALYST' }, { subject: 'bench' });
    const csv = async (query: string) => {
      const response = await fetch(graph.gatewayUrl.replace(/graphql$/, `exports/coverage.csv?${query}`), { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`export refused: ${response.status} ${await response.text()}`);
      return (await response.text()).length;
    };
    await time('CSV export: every département, with adherents', runs, () => csv('level=DEPARTEMENT'));
    await time('CSV export: every commune of France (35 pages)', Math.min(runs, 3), () => csv('level=COMMUNE&adherents=false'));
  } finally {
    await graph.stop();
  }
}

function tenYearsAgo(): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear() - 10, 0, 1)).toISOString().slice(0, 10);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:coverage: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
