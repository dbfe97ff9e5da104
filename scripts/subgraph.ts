import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * npm run subgraph -- <command> …   the schema registry's command line, for regional centres and
 * the national administrator. It talks to the gateway's admin API with the caller's credential.
 * Exit codes: 0 done or accepted, 1 rejected or refused, 2 usage or configuration error.
 */
const USAGE = `usage: npm run subgraph -- <command> [options]

commands
  check <name> --schema FILE [--url URL]            would this SDL compose, follow the naming rule, break clients? (changes nothing)
  publish <name> --schema FILE [--url URL] [--owner NAME] [--allow-breaking]
                                                     check, then serve it live (--url is required the first time;
                                                     --allow-breaking: national administrator only)
  list                                               subgraphs of the graph
  history [--limit N]                                supergraph versions, newest first
  remove <name>                                      take a regional subgraph out of the graph (national administrator)
  rollback <version>                                 serve again the regional subgraphs of an earlier version (national administrator)
  gateway-key                                        print the gateway's public key (for GATEWAY_PUBLIC_KEY_FILE)

options
  --gateway URL   the gateway (default NETPUBLIC_GATEWAY_URL or http://127.0.0.1:4000)
  --token TOKEN   your credential (default NETPUBLIC_TOKEN)
  --json          print the gateway's JSON answer instead of the readable report`;

class UsageError extends Error {
  constructor(message: string, readonly showUsage = true) {
    super(message);
  }
}

interface Options {
  gateway: string;
  token?: string;
  json: boolean;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        schema: { type: 'string' }, url: { type: 'string' }, owner: { type: 'string' }, 'allow-breaking': { type: 'boolean' },
        limit: { type: 'string' }, gateway: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, argument] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const options: Options = {
    gateway: (values.gateway ?? process.env.NETPUBLIC_GATEWAY_URL ?? 'http://127.0.0.1:4000').replace(/\/(graphql)?$/, ''),
    token: values.token ?? process.env.NETPUBLIC_TOKEN,
    json: !!values.json,
  };
  const need = (what: string) => {
    if (!argument) throw new UsageError(`${command} needs ${what}.`);
    return argument;
  };

  switch (command) {
    case 'check':
    case 'publish': {
      const name = need('the subgraph name');
      if (!values.schema) throw new UsageError(`${command} needs --schema FILE (the subgraph's schema.graphql).`);
      let sdl: string;
      try {
        sdl = readFileSync(values.schema, 'utf8');
      } catch {
        throw new UsageError(`Cannot read --schema ${values.schema}.`);
      }
      const body = { sdl, url: values.url, owner: values.owner, allowBreaking: values['allow-breaking'] || undefined };
      const { status, payload } = await call(options, 'POST', `/admin/registry/subgraphs/${encodeURIComponent(name)}/${command}`, body);
      return report(options, status, payload);
    }
    case 'remove': {
      const name = need('the subgraph name');
      const { status, payload } = await call(options, 'DELETE', `/admin/registry/subgraphs/${encodeURIComponent(name)}`);
      return report(options, status, payload);
    }
    case 'rollback': {
      const version = need('the version to roll back to');
      if (!/^\d+$/.test(version)) throw new UsageError('rollback needs a version number (see npm run subgraph -- history).');
      const { status, payload } = await call(options, 'POST', `/admin/registry/supergraphs/${version}/rollback`);
      return report(options, status, payload);
    }
    case 'list': {
      const { status, payload } = await call(options, 'GET', '/admin/registry/subgraphs');
      if (status !== 200 || options.json) return plain(options, status, payload);
      const { currentVersion, subgraphs } = payload as { currentVersion: number; subgraphs: Record<string, any>[] };
      out(`Supergraph version ${currentVersion} is current.\n`);
      out(table(['name', 'kind', 'status', 'owner', 'url', 'versions', 'updated'], subgraphs.map((s) => [
        s.name, s.kind.toLowerCase(), s.status.toLowerCase(), s.owner ?? (s.kind === 'NATIONAL' ? 'national' : '-'), s.url ?? '(hidden)', String(s.versions), s.updatedAt.slice(0, 16).replace('T', ' '),
      ])));
      return 0;
    }
    case 'history': {
      const limit = values.limit ?? '20';
      if (!/^\d+$/.test(limit)) throw new UsageError('--limit needs a number.');
      const { status, payload } = await call(options, 'GET', `/admin/registry/supergraphs?limit=${limit}`);
      if (status !== 200 || options.json) return plain(options, status, payload);
      const { versions } = payload as { versions: any[] };
      out(table(['version', 'status', 'action', 'subgraph', 'by', 'when', 'changes'], versions.map((v) => [
        String(v.version), v.status === 'CURRENT' ? 'current' : '', actionLabel(v), v.subgraph ?? '', v.publishedBy,
        v.createdAt.slice(0, 19).replace('T', ' '), changeCount(v.changes) + (v.breakingOverride ? ' (breaking, overridden)' : ''),
      ])));
      return 0;
    }
    case 'gateway-key': {
      const response = await request(options, 'GET', '/.well-known/netpublic-gateway-key');
      if (response.status !== 200) return plain(options, response.status, await response.text());
      out(await response.text());
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

async function request(options: Options, method: string, path: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(`${options.gateway}${path}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    throw new UsageError(`Cannot reach the gateway at ${options.gateway} (${error instanceof Error ? error.message : error}); set --gateway or NETPUBLIC_GATEWAY_URL.`, false);
  }
}

async function call(options: Options, method: string, path: string, body?: unknown): Promise<{ status: number; payload: any }> {
  const response = await request(options, method, path, body);
  const text = await response.text();
  try {
    return { status: response.status, payload: JSON.parse(text) };
  } catch {
    throw new UsageError(`${options.gateway} did not answer as a NetPublic gateway with a registry (HTTP ${response.status}).`, false);
  }
}

/** An error of the admin API: refused (1), or a usage problem the caller must fix (2). */
function plain(options: Options, status: number, payload: any): number {
  if (options.json) out(`${JSON.stringify(payload, null, 2)}\n`);
  if (status === 200) return 0;
  const error = payload?.error ?? {};
  if (!options.json) process.stderr.write(`✗ ${error.message ?? `HTTP ${status}`}${error.code ? ` [${error.code}]` : ''}\n`);
  return status === 401 || status === 400 ? 2 : 1;
}

function report(options: Options, status: number, payload: any): number {
  if (status !== 200 && status !== 422) return plain(options, status, payload);
  if (options.json) {
    out(`${JSON.stringify(payload, null, 2)}\n`);
    return payload.outcome === 'REJECTED' ? 1 : 0;
  }
  const r = payload;
  const mark = r.outcome === 'REJECTED' ? '✗' : '✓';
  out(`${mark} ${r.summary}\n`);
  const section = (title: string, lines: string[]) => {
    if (lines.length) out(`\n${title}\n${lines.join('\n')}\n`);
  };
  section('Composition errors (the graph would not compose):', r.compositionErrors.map((e: any) => `  ${e.code}\n    ${e.message}`));
  section(
    `Naming rule${r.subgraph ? ` (a regional subgraph adds only names that start with its own, see subgraphs/regional-template/README.md)` : ''}:`,
    r.namingViolations.map((v: any) => `  ${v.element}  [${v.rule}]\n    ${v.message}`),
  );
  section('Breaking changes for clients:', r.breakingChanges.map((c: any) => change(c)));
  section('Client operations that would fail (trusted documents of the portal and dashboards):', r.brokenOperations.map((o: any) => `  ${o.name}\n${o.errors.map((e: string) => `    ${e}`).join('\n')}`));
  section('Dangerous changes (allowed, but check your clients):', r.dangerousChanges.map((c: any) => change(c)));
  section('Additions for clients:', additions(r.safeChanges));
  const timing = [`composed in ${r.compositionMs} ms on a worker thread`];
  if (r.liveAfterMs !== undefined) timing.push(`live on this gateway ${r.liveAfterMs} ms after the request`);
  out(`\n${timing.join('; ')}.\n`);
  return r.outcome === 'REJECTED' ? 1 : 0;
}

/** New types, and new fields or values on types that existed; descriptions and the like counted only. */
function additions(changes: { type: string; path: string | null }[]): string[] {
  const addedTypes = changes.filter((c) => c.type === 'TYPE_ADDED' && c.path).map((c) => c.path!);
  const onExisting = changes.filter((c) =>
    ['FIELD_ADDED', 'ENUM_VALUE_ADDED', 'INPUT_FIELD_ADDED', 'FIELD_ARGUMENT_ADDED', 'UNION_MEMBER_ADDED'].includes(c.type)
    && c.path && !addedTypes.includes(c.path.split('.')[0]));
  const lines: string[] = [];
  if (addedTypes.length) lines.push(`  types: ${addedTypes.join(', ')}`);
  if (onExisting.length) lines.push(`  on existing types: ${onExisting.map((c) => c.path).join(', ')}`);
  const others = changes.length - changes.filter((c) => c.type === 'TYPE_ADDED').length - onExisting.length
    - changes.filter((c) => c.path && addedTypes.includes(c.path.split('.')[0]) && c.type !== 'TYPE_ADDED').length;
  if (others > 0) lines.push(`  and ${others} other safe change${others === 1 ? '' : 's'} (descriptions…; --json lists them)`);
  return lines;
}

function change(c: { path: string | null; message: string; reason: string | null; type: string }): string {
  return `  ${c.path ?? '(schema)'}  [${c.type}]\n    ${c.message}${c.reason ? `\n    why: ${c.reason}` : ''}`;
}

function actionLabel(v: { action: string; rolledBackTo: number | null }): string {
  return v.action === 'ROLLBACK' ? `rollback to ${v.rolledBackTo}` : v.action.toLowerCase().replace('_', ' ');
}

function changeCount(changes: { type: string }[]): string {
  return changes.length ? `${changes.length} change${changes.length === 1 ? '' : 's'}` : '';
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}

function out(text: string): void {
  process.stdout.write(text);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(error.showUsage ? `subgraph: ${error.message}\n\n${USAGE}\n` : `subgraph: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`subgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
