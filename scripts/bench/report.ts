import type { GatewayId, GatewayKind } from './gateways';
import type { LoadResult } from './load';
import type { ProfileSummary } from './profile';
import type { Workload, WorkloadId } from './workloads';

/** One measured run: one gateway, one workload, one round. */
export interface RunResult {
  round: number;
  gateway: GatewayId;
  workload: WorkloadId;
  load: LoadResult;
  /** Peak resident memory of the gateway process during the workload (warm-up and measured run). */
  peakRssMb: number;
  sqlPerRequest: number;
  sqlPerRequestBySubgraph: Record<string, number>;
  /** CPU time per request (ms) of each part: the gateway, the subgraphs' process, PostgreSQL, the load generator. */
  cpuMsPerRequest: { gateway: number; subgraphs: number; postgres: number | null; load: number };
}

export interface PageSizeRow {
  operation: string;
  first: number;
  /** Items of the page actually returned (the list the page size applies to). */
  items: number;
  sqlPerRequest: number;
  sqlPerRequestBySubgraph: Record<string, number>;
}

export interface AnswerCheck {
  workload: WorkloadId;
  /** Gateways whose answer to the same request differs from the first gateway's. */
  differing: GatewayId[];
  errors: { gateway: GatewayId; message: string }[];
}

export interface BenchMeta {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; os: string; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  settings: { connections: number; seconds: number; warmupSeconds: number; rounds: number; seed: number };
  dataset: { epn: number; adherents: number; labels: number };
  versions: Record<string, string>;
  gateways: GatewayKind[];
  workloads: Pick<Workload, 'id' | 'title' | 'operation' | 'viewer' | 'portal'>[];
}

export interface Row {
  workload: WorkloadId;
  gateway: GatewayId;
  requestsPerSecond: number;
  vsApollo: number | null;
  vsHive: number | null;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  firstError: string | null;
  peakRssMb: number;
  sqlPerRequest: number;
  sqlPerRequestBySubgraph: Record<string, number>;
  cpuMsPerRequest: RunResult['cpuMsPerRequest'];
  cacheHitShare: number;
}

export interface Verdict {
  target: string;
  met: boolean;
  detail: string;
}

export interface BenchReport {
  meta: BenchMeta;
  rows: Row[];
  pageSizes: PageSizeRow[];
  answers: AnswerCheck[];
  verdicts: Verdict[];
  profiles: { process: string; summary: ProfileSummary }[];
  runs: RunResult[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Medians over rounds; errors are summed and memory is the peak of every round. */
export function aggregate(runs: RunResult[], workloads: WorkloadId[], gateways: GatewayId[]): Row[] {
  const rows: Row[] = [];
  for (const workload of workloads) {
    const ofWorkload = runs.filter((run) => run.workload === workload);
    const rate = (gateway: GatewayId) => {
      const own = ofWorkload.filter((run) => run.gateway === gateway);
      return own.length ? median(own.map((run) => run.load.requestsPerSecond)) : null;
    };
    const apollo = rate('apollo');
    const hive = rate('hive');
    for (const gateway of gateways) {
      const own = ofWorkload.filter((run) => run.gateway === gateway);
      if (!own.length) continue;
      const requestsPerSecond = rate(gateway)!;
      const subgraphs = Object.keys(own[0].sqlPerRequestBySubgraph);
      const requests = own.reduce((sum, run) => sum + run.load.requests, 0);
      rows.push({
        workload, gateway, requestsPerSecond,
        vsApollo: apollo ? requestsPerSecond / apollo : null,
        vsHive: hive ? requestsPerSecond / hive : null,
        p50: median(own.map((run) => run.load.latencyMs.p50)),
        p95: median(own.map((run) => run.load.latencyMs.p95)),
        p99: median(own.map((run) => run.load.latencyMs.p99)),
        requests,
        errors: own.reduce((sum, run) => sum + run.load.non2xx + run.load.graphqlErrors + run.load.connectionErrors + run.load.sampledWithoutData, 0),
        firstError: own.find((run) => run.load.firstError)?.load.firstError ?? null,
        peakRssMb: Math.max(...own.map((run) => run.peakRssMb)),
        sqlPerRequest: median(own.map((run) => run.sqlPerRequest)),
        sqlPerRequestBySubgraph: Object.fromEntries(subgraphs.map((name) => [name, median(own.map((run) => run.sqlPerRequestBySubgraph[name] ?? 0))])),
        cpuMsPerRequest: {
          gateway: median(own.map((run) => run.cpuMsPerRequest.gateway)),
          subgraphs: median(own.map((run) => run.cpuMsPerRequest.subgraphs)),
          postgres: own[0].cpuMsPerRequest.postgres === null ? null : median(own.map((run) => run.cpuMsPerRequest.postgres ?? 0)),
          load: median(own.map((run) => run.cpuMsPerRequest.load)),
        },
        cacheHitShare: own.reduce((sum, run) => sum + run.load.cacheHits, 0) / Math.max(1, requests),
      });
    }
  }
  return rows;
}

const P99_TARGET_MS = 50;
const MEMORY_TARGET_MB = 300;

export function verdicts(rows: Row[], pageSizes: PageSizeRow[], portal: WorkloadId[]): Verdict[] {
  const out: Verdict[] = [];
  const ratio = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
  const noCache = rows.filter((row) => row.gateway === 'ours-no-cache' && row.vsApollo !== null);
  if (noCache.length) {
    const worst = noCache.reduce((a, b) => (a.vsApollo! <= b.vsApollo! ? a : b));
    out.push({
      target: 'cache off: ≥ 0.9× the throughput of stock @apollo/gateway',
      met: noCache.every((row) => row.vsApollo! >= 0.9),
      detail: noCache.map((row) => `${row.workload} ${ratio(row.vsApollo)}`).join(', ') + ` (lowest: ${worst.workload})`,
    });
  }
  const defaults = rows.filter((row) => row.gateway === 'ours' && portal.includes(row.workload));
  if (defaults.length) {
    // A ratio is judged only against a peer this run measured (--gateways may leave one out).
    if (defaults.some((row) => row.vsApollo !== null)) {
      out.push({
        target: 'defaults, anonymous portal workloads: ≥ 3× stock @apollo/gateway in requests/s',
        met: defaults.every((row) => row.vsApollo !== null && row.vsApollo >= 3),
        detail: defaults.map((row) => `${row.workload} ${ratio(row.vsApollo)}`).join(', '),
      });
    }
    if (defaults.some((row) => row.vsHive !== null)) {
      out.push({
        target: 'defaults, anonymous portal workloads: ≥ 2× Hive Gateway in requests/s',
        met: defaults.every((row) => row.vsHive !== null && row.vsHive >= 2),
        detail: defaults.map((row) => `${row.workload} ${ratio(row.vsHive)}`).join(', '),
      });
    }
    out.push({
      target: `defaults, anonymous portal workloads: p99 ≤ ${P99_TARGET_MS} ms at the benchmark's connections`,
      met: defaults.every((row) => row.p99 <= P99_TARGET_MS),
      detail: defaults.map((row) => `${row.workload} p99 ${row.p99.toFixed(1)} ms`).join(', '),
    });
  }
  if (pageSizes.length) {
    const byOperation = new Map<string, PageSizeRow[]>();
    for (const row of pageSizes) byOperation.set(row.operation, [...(byOperation.get(row.operation) ?? []), row]);
    const flat = [...byOperation.values()].every((list) => list.every((row) => row.sqlPerRequest === list[0].sqlPerRequest));
    out.push({
      target: 'SQL statements per request do not grow with page size',
      met: flat,
      detail: [...byOperation].map(([operation, list]) => `${operation}: ${list.map((row) => `${row.first} → ${fmt(row.sqlPerRequest)}`).join(', ')}`).join('; '),
    });
  }
  const ours = rows.filter((row) => row.gateway === 'ours' || row.gateway === 'ours-no-cache');
  if (ours.length) {
    const peak = Math.max(...ours.map((row) => row.peakRssMb));
    out.push({ target: `gateway memory < ${MEMORY_TARGET_MB} MB under load`, met: peak < MEMORY_TARGET_MB, detail: `peak RSS ${peak.toFixed(0)} MB (both configurations, every workload)` });
  }
  const failed = rows.filter((row) => row.errors > 0);
  out.push({
    target: 'no errors under load',
    met: failed.length === 0,
    detail: failed.length ? failed.map((row) => `${row.gateway} ${row.workload}: ${row.errors} (${row.firstError})`).join('; ') : 'no non-2xx answer, GraphQL error, socket error or answer without data',
  });
  return out;
}

function fmt(value: number, digits = 1): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

function rate(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
}

function times(value: number | null): string {
  if (value === null) return '—';
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
}

function table(header: string[], rows: string[][], align: ('l' | 'r')[]): { markdown: string; text: string } {
  const markdown = [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].replace(/\*\*/g, '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => {
    const plain = cell.replace(/\*\*/g, '');
    return align[i] === 'r' ? plain.padStart(widths[i]) : plain.padEnd(widths[i]);
  }).join('  ');
  return { markdown, text: [line(header), ...rows.map(line)].join('\n') };
}

export function render(report: BenchReport): { markdown: string; text: string } {
  const { meta } = report;
  const gatewayLabel = new Map(meta.gateways.map((g) => [g.id, g.label]));
  const main = table(
    ['workload', 'gateway', 'req/s', '× @apollo/gateway', '× Hive Gateway', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'peak RSS MB', 'SQL/req', 'cache hits'],
    report.rows.map((row) => {
      const ours = row.gateway === 'ours';
      const bold = (text: string) => (ours ? `**${text}**` : text);
      return [
        row.workload, gatewayLabel.get(row.gateway) ?? row.gateway, bold(rate(row.requestsPerSecond)), bold(times(row.vsApollo)), bold(times(row.vsHive)),
        fmt(row.p50), fmt(row.p95), bold(fmt(row.p99)), String(row.errors), row.peakRssMb.toFixed(0), fmt(row.sqlPerRequest, 2),
        row.gateway.startsWith('ours') ? `${(row.cacheHitShare * 100).toFixed(0)} %` : '—',
      ];
    }),
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const cpu = table(
    ['workload', 'gateway', 'gateway', 'subgraphs', 'PostgreSQL', 'load generator', 'total'],
    report.rows.map((row) => {
      const c = row.cpuMsPerRequest;
      const total = c.gateway + c.subgraphs + (c.postgres ?? 0) + c.load;
      return [row.workload, gatewayLabel.get(row.gateway) ?? row.gateway, c.gateway.toFixed(2), c.subgraphs.toFixed(2), c.postgres === null ? '—' : c.postgres.toFixed(2), c.load.toFixed(2), total.toFixed(2)];
    }),
    ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
  );
  const pages = table(
    ['operation', 'page size (first)', 'items returned', 'SQL statements/request', 'by subgraph'],
    report.pageSizes.map((row) => [row.operation, String(row.first), String(row.items), fmt(row.sqlPerRequest, 2),
      Object.entries(row.sqlPerRequestBySubgraph).filter(([, n]) => n > 0).map(([name, n]) => `${name} ${fmt(n, 2)}`).join(', ')]),
    ['l', 'r', 'r', 'r', 'l'],
  );
  const verdictLines = report.verdicts.map((v) => `- ${v.met ? '✅ met' : '❌ missed'} — ${v.target}: ${v.detail}`);
  const answerLines = report.answers.map((a) => {
    const problems = [
      ...(a.differing.length ? [`different answer from ${a.differing.map((g) => gatewayLabel.get(g)).join(', ')}`] : []),
      ...a.errors.map((e) => `${gatewayLabel.get(e.gateway)}: ${e.message}`),
    ];
    return `- ${a.workload}: ${problems.length ? problems.join('; ') : 'the same data from every gateway'}`;
  });
  const m = meta.machine;
  const header = [
    `NetPublic Graph gateway benchmark — ${meta.date}`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; load average before ${m.loadAverageBefore.map((l) => l.toFixed(2)).join(' ')}, after ${m.loadAverageAfter.map((l) => l.toFixed(2)).join(' ')}`,
    `Load: autocannon, ${meta.settings.connections} connections, ${meta.settings.warmupSeconds} s warm-up then ${meta.settings.seconds} s measured, ${meta.settings.rounds} round(s) (medians); one gateway process at a time`,
    `Data: ${meta.dataset.epn.toLocaleString('en')} EPN, ${meta.dataset.adherents} adherents, ${meta.dataset.labels.toLocaleString('en')} labels; versions: ${Object.entries(meta.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  const profileText = report.profiles.map(({ process, summary }) => [
    `#### ${process}: busy ${(summary.busyMs / 1000).toFixed(1)} s, garbage collection ${(summary.gcMs / 1000).toFixed(1)} s, idle ${(summary.idleMs / 1000).toFixed(1)} s`,
    '',
    table(['package or file', 'self ms', 'share of busy'], summary.modules.slice(0, 10).map((m) => [m.name, m.selfMs.toFixed(0), `${(m.share * 100).toFixed(1)} %`]), ['l', 'r', 'r']).markdown,
    '',
    table(['function', 'where', 'self ms', 'share of busy'], summary.functions.map((f) => [f.name.replace(/\|/g, '\\|'), f.where, f.selfMs.toFixed(0), `${(f.share * 100).toFixed(1)} %`]), ['l', 'l', 'r', 'r']).markdown,
  ].join('\n'));
  const markdown = [
    `## ${header[0]}`, '', ...header.slice(1).map((line) => `${line}  `), '',
    ...meta.workloads.map((w) => `- **${w.id}** (${w.operation}, ${w.viewer}): ${w.title}`), '',
    ...meta.gateways.map((g) => `- **${g.label}**: ${g.description}`), '',
    main.markdown, '',
    '### Targets', '', ...verdictLines, '',
    '### CPU time per request (ms), by process', '', cpu.markdown, '',
    '### SQL statements per request by page size (this gateway, cache off)', '', pages.markdown, '',
    '### Same answers', '', ...answerLines, '',
    ...(profileText.length ? ['### CPU profiles (self time)', '', ...profileText, ''] : []),
  ].join('\n');
  const text = [
    ...header, '',
    main.text, '',
    'Targets:', ...verdictLines.map((line) => line.replace(/^- /, '  ')), '',
    'CPU time per request (ms):', cpu.text, '',
    'SQL statements per request by page size:', pages.text, '',
    'Same answers:', ...answerLines.map((line) => line.replace(/^- /, '  ')), '',
  ].join('\n');
  return { markdown, text };
}
