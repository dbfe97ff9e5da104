import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * The load generator of `npm run bench`, in its own process (the benchmark's process serves the
 * subgraphs): autocannon at a fixed number of connections for a fixed time, each request taken in
 * turn from a prepared sequence (random EPN, départements, adherents…). It checks every answer for
 * GraphQL errors, parses a sample to check it carries data, and prints one JSON line: requests,
 * latency percentiles from every response, errors, cache hits and its own CPU time.
 *
 * usage: node --import tsx scripts/bench/load.ts SPEC.json   (see LoadSpec)
 */
export interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  /** Each distinct request: its JSON body and optional Authorization header. */
  requests: { body: string; authorization?: string }[];
  /** The order in which requests are sent (indices into `requests`), round and round. */
  order: number[];
  /** The root field every answer must carry (data.<field> not null), checked on a sample. */
  rootField: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Answers with an HTTP status other than 2xx. */
  non2xx: number;
  /** 2xx answers carrying GraphQL errors (every answer is searched). */
  graphqlErrors: number;
  /** Socket errors and timeouts. */
  connectionErrors: number;
  /** Parsed answers without data for the root field (a sample: the first answers, then one in 200). */
  sampled: number;
  sampledWithoutData: number;
  /** Answers with `x-cache: HIT` (our gateway's response cache). */
  cacheHits: number;
  /** First error seen, to say what went wrong. */
  firstError: string | null;
  loadCpuMs: number;
}

const SAMPLE_FIRST = 20;
const SAMPLE_EVERY = 200;

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadSpec;
  const cpuBefore = process.cpuUsage();
  const latencies: number[] = [];
  let next = 0;
  let answered = 0;
  let non2xx = 0;
  let graphqlErrors = 0;
  let sampled = 0;
  let sampledWithoutData = 0;
  let cacheHits = 0;
  let firstError: string | null = null;
  const started = performance.now();

  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    method: 'POST',
    requests: [{
      method: 'POST',
      setupRequest: (request) => {
        const { body, authorization } = spec.requests[spec.order[next++ % spec.order.length]];
        return { ...request, body, headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) } };
      },
      onResponse: (status, body, _context, headers) => {
        answered += 1;
        if (status < 200 || status > 299) {
          non2xx += 1;
          firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          return;
        }
        if ((headers as Record<string, string>)['x-cache'] === 'HIT') cacheHits += 1;
        const hasErrors = body.includes('"errors"');
        if (!hasErrors && answered > SAMPLE_FIRST && answered % SAMPLE_EVERY !== 0) return;
        const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
        if (parsed.errors?.length) {
          graphqlErrors += 1;
          firstError ??= `${parsed.errors[0].extensions?.code ?? 'ERROR'}: ${parsed.errors[0].message}`;
        }
        sampled += 1;
        if (!parsed.data?.[spec.rootField]) sampledWithoutData += 1;
      },
    }],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
      });
    },
  });
  // autocannon's own measure of the run; the clock around it also counts connecting and closing.
  const seconds = result.duration || (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : 0);
  const output: LoadResult = {
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latencyMs: { p50: percentile(50), p95: percentile(95), p99: percentile(99), max: latencies.at(-1) ?? 0 },
    non2xx,
    graphqlErrors,
    connectionErrors: result.errors + result.timeouts,
    sampled,
    sampledWithoutData,
    cacheHits,
    firstError,
    loadCpuMs: (cpu.user + cpu.system) / 1000,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench load: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
