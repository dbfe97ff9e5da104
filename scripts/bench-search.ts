import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ANONYMOUS, ConfigError, createApolloSubgraph, envVar, loadConfig, rootLogger } from '../subgraphs/kit/src';
import { epnSubgraph } from '../subgraphs/epn/src';
import { migrateAll, openDatabase, ROOT, subgraphDataSource } from './lib/runtime';
import { seedDatabase } from './seed/seed';

/**
 * npm run bench:search [-- --epn 100000 --runs 100 --reseed]
 *
 * Median latency of the portal's directory search (schema/operations/directory-search.graphql, run
 * in-process against the epn subgraph: GraphQL, SQL, facets, the page's EPN) on a database of
 * --epn EPN. The first run seeds a separate embedded PostgreSQL under BENCH_DATA_DIR (a few minutes
 * for 100,000 EPN); later runs reuse it. Prints a table and writes bench-results/search.json.
 */

const TYPICAL_WORDS = ['médiathèque', 'espace numérique', 'france services', 'centre social', 'mediateque', 'maison de quartier', 'st'];
const SERVICES = ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS', 'PROFESSIONAL_INTEGRATION', 'SAFE_DIGITAL_USE'];
/** A Tuesday morning and a Saturday afternoon, Paris time. */
const OPEN_AT = ['2025-11-18T10:30:00+01:00', '2025-11-22T15:00:00+01:00'];

interface Scenario {
  name: string;
  target: boolean;
  variables: (i: number) => Record<string, unknown>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { epn: { type: 'string', default: '100000' }, runs: { type: 'string', default: '100' }, reseed: { type: 'boolean', default: false } },
  });
  const epnCount = Number(values.epn);
  const runs = Number(values.runs);
  if (!Number.isInteger(epnCount) || epnCount < 1) throw new ConfigError(`Invalid option: --epn must be a positive integer (got "${values.epn}")`);
  if (!Number.isInteger(runs) || runs < 1) throw new ConfigError(`Invalid option: --runs must be a positive integer (got "${values.runs}")`);
  const config = loadConfig({
    DATABASE_URL: envVar.url(['postgres', 'postgresql']).optional(),
    BENCH_PG_PORT: envVar.port(54339),
    BENCH_DATA_DIR: z.string().default('.data/bench-search'),
    LOG_LEVEL: envVar.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  });
  const logger = rootLogger;
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: path.resolve(ROOT, config.BENCH_DATA_DIR), port: config.BENCH_PG_PORT, logger });
  try {
    process.stderr.write('bench: migrating…\n');
    await migrateAll(database.url, logger);
    const dataSource = subgraphDataSource(epnSubgraph, database.url, logger);
    await dataSource.initialize();
    try {
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM epn.epn');
      if (count !== epnCount) {
        if (count > 0 && !values.reseed) {
          throw new ConfigError(`The bench database holds ${count} EPN, not ${epnCount}: pass --reseed to rewrite it (or another --epn)`);
        }
        process.stderr.write(`bench: seeding ${epnCount} EPN (a few minutes for 100,000)…\n`);
        await seedDatabase(database.url, { logger, epnCount, force: count > 0, progress: true });
      }
      // What autovacuum would have done by the time anyone searches.
      await dataSource.query('VACUUM ANALYZE epn.directory_entry');
      await dataSource.query('VACUUM ANALYZE epn.epn');

      const departements: { code: string }[] = await dataSource.query(
        `SELECT departement_code AS code FROM epn.directory_entry GROUP BY 1 HAVING count(*) >= 100 ORDER BY 1`,
      );
      const points: { latitude: number; longitude: number }[] = await dataSource.query(
        `SELECT latitude, longitude FROM epn.epn WHERE latitude IS NOT NULL ORDER BY md5(id::text) LIMIT 200`,
      );
      const scenarios: Scenario[] = [
        {
          name: 'words + département + service + open at',
          target: true,
          variables: (i) => ({
            query: TYPICAL_WORDS[i % TYPICAL_WORDS.length],
            filter: {
              territory: { level: 'DEPARTEMENT', code: departements[(i * 7) % departements.length].code },
              services: [SERVICES[i % SERVICES.length]],
              openAt: OPEN_AT[i % OPEN_AT.length],
            },
          }),
        },
        {
          name: 'within 10 km, nearest first',
          target: true,
          variables: (i) => ({ near: { ...points[i % points.length], radiusKm: 10 } }),
        },
        {
          name: 'within 10 km + service + open at',
          target: false,
          variables: (i) => ({
            near: { ...points[i % points.length], radiusKm: 10 },
            filter: { services: [SERVICES[i % SERVICES.length]], openAt: OPEN_AT[i % OPEN_AT.length] },
          }),
        },
        {
          name: 'words only, all of France',
          target: false,
          variables: (i) => ({ query: TYPICAL_WORDS[i % TYPICAL_WORDS.length] }),
        },
        {
          name: 'no words, no filter (whole directory, facets of all)',
          target: false,
          variables: () => ({}),
        },
      ];

      const operation = readFileSync(path.join(ROOT, 'schema', 'operations', 'directory-search.graphql'), 'utf8');
      const server = createApolloSubgraph(epnSubgraph, logger.child({ component: 'bench' }));
      await server.start();
      const execute = async (variables: Record<string, unknown>) => {
        const started = process.hrtime.bigint();
        const response = await server.executeOperation(
          { query: operation, variables },
          { contextValue: epnSubgraph.createContext({ viewer: ANONYMOUS, requestId: 'bench', logger }, dataSource) },
        );
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (response.body.kind !== 'single' || response.body.singleResult.errors) {
          throw new Error(`search failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body.kind)}`);
        }
        return { ms, total: (response.body.singleResult.data as any).searchEpns.totalCount as number };
      };

      const results = [];
      for (const scenario of scenarios) {
        for (let i = 0; i < 10; i += 1) await execute(scenario.variables(i));
        const timings: number[] = [];
        const totals: number[] = [];
        for (let i = 0; i < runs; i += 1) {
          const { ms, total } = await execute(scenario.variables(i));
          timings.push(ms);
          totals.push(total);
        }
        timings.sort((a, b) => a - b);
        const quantile = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
        const result = {
          scenario: scenario.name,
          target: scenario.target ? '< 50 ms' : '',
          medianMs: round(quantile(0.5)),
          p95Ms: round(quantile(0.95)),
          medianResults: [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)],
        };
        results.push(result);
        process.stderr.write(`bench: ${scenario.name}: median ${result.medianMs} ms\n`);
      }
      await server.stop();

      // The machine may be shared: say how busy it was, next to the numbers.
      const load = os.loadavg()[0].toFixed(1);
      const header = `directory search on ${epnCount.toLocaleString('en')} EPN, ${runs} runs each (epn subgraph in-process: GraphQL + SQL + facets + 20 EPN)
load average ${load} on ${os.cpus().length} cores at the end of the run`;
      const lines = results.map((r) => `  ${r.scenario.padEnd(54)} median ${String(r.medianMs).padStart(7)} ms   p95 ${String(r.p95Ms).padStart(7)} ms   ${String(r.medianResults).padStart(6)} results  ${r.target}`);
      process.stdout.write(`\n${header}\n${lines.join('\n')}\n\n`);
      mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
      writeFileSync(path.join(ROOT, 'bench-results', 'search.json'), `${JSON.stringify({ epnCount, runs, at: new Date().toISOString(), loadAverage: Number(load), cores: os.cpus().length, results }, null, 2)}\n`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:search: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
