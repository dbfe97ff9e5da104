import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { renameRegional } from '../../scripts/lib/regional';
import { TEST_JWT_SECRET, postGraphQL } from '../support/graph';
import { TEMPLATE_SDL, startRegistryGraph, type RegistryTestGraph } from '../support/registry';
import { freePort } from '../support/processes';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = ['--import', 'tsx'];
const run = promisify(execFile);


/** Runs `npm run subgraph -- …` as a process; returns its exit code and output. */
async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...TSX, 'scripts/subgraph.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * The gateway as its own process (gateway/src/main.ts) on the registry: after a restart it serves
 * the last good supergraph without contacting any subgraph, and it follows publishes made through
 * another replica. The command line runs as a process too.
 */
describe('the gateway process and the subgraph command line', () => {
  let t: RegistryTestGraph;
  let gateway: ChildProcess | null = null;
  let gatewayOrigin: string;
  let output = '';
  let centre: string;
  let admin: string;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'netpublic-registry-'));

  beforeAll(async () => {
    t = await startRegistryGraph();
    centre = await t.centreToken('regional-template');
    admin = await t.adminToken();
    await t.startRegional();
    const published = await t.admin('POST', '/admin/registry/subgraphs/regional-template/publish', centre, { sdl: TEMPLATE_SDL, url: t.regional!.url });
    expect(published.body.outcome).toBe('PUBLISHED');
    // The regional subgraph is unreachable when the gateway (re)starts.
    await t.stopRegional();

    const port = await freePort();
    gatewayOrigin = `http://127.0.0.1:${port}`;
    const overrides = Object.fromEntries([...t.graph.subgraphs].map(([name, s]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, s.server.url]));
    gateway = spawn(process.execPath, [...TSX, 'gateway/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env, ...overrides, DATABASE_URL: t.database.url, GATEWAY_PORT: String(port), GATEWAY_PRIVATE_KEY: t.keyPair.privateKeyPem,
        JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn', REGISTRY_POLL_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    gateway.stdout!.on('data', (chunk) => (output += chunk));
    gateway.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 45_000;
    for (;;) {
      if (gateway.exitCode !== null) throw new Error(`the gateway exited early:\n${output}`);
      const up = await fetch(`${gatewayOrigin}/health`).then((r) => r.ok, () => false);
      if (up) break;
      if (Date.now() > deadline) throw new Error(`the gateway did not start in time:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  afterAll(async () => {
    if (gateway && gateway.exitCode === null) gateway.kill('SIGKILL');
    await t.stop();
  });

  it('starts on the last good supergraph of the registry while a regional subgraph is unreachable', async () => {
    const served = await t.admin('GET', '/admin/registry/served', admin, undefined, gatewayOrigin);
    expect(served.body.served.version).toBe(served.body.registryVersion);
    const national = await postGraphQL(`${gatewayOrigin}/graphql`, `{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 2) { totalCount edges { node { name currentLabel { status } } } } }`);
    expect(national.body.errors).toBeUndefined();
    expect(national.body.data.epns.totalCount).toBeGreaterThan(0);
    const partial = await postGraphQL(`${gatewayOrigin}/graphql`, `{ epns(first: 1) { edges { node { name regionalTemplateWorkshops { totalCount } } } } }`);
    expect(partial.body.data.epns.edges[0].node).toEqual({ name: expect.any(String), regionalTemplateWorkshops: null });
    expect(partial.body.errors![0].extensions).toEqual(expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'regional-template' }));
  });

  it('the command line reports, with exit codes: 0 accepted, 1 rejected, 2 usage', async () => {
    const env = { NETPUBLIC_GATEWAY_URL: gatewayOrigin, NETPUBLIC_TOKEN: centre };
    const bad = path.join(scratch, 'bad.graphql');
    writeFileSync(bad, `${TEMPLATE_SDL}\ntype Workshop { id: ID! }\n`);
    const rejected = await cli(['check', 'regional-template', '--schema', bad], env);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('✗ Rejected regional-template: 1 naming-rule violation.');
    expect(rejected.stdout).toMatch(/Naming rule[^\n]*\n {2}type Workshop {2}\[TYPE_NOT_PREFIXED\]\n {4}The type Workshop must be named RegionalTemplate…/);

    const accepted = await cli(['check', 'regional-template', '--schema', 'subgraphs/regional-template/schema.graphql'], env);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/^✓ Accepted regional-template: it composes with the current graph/);

    const refused = await cli(['publish', 'epn', '--schema', 'subgraphs/regional-template/schema.graphql'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('epn is a national subgraph: only the national administrator may publish it. [FORBIDDEN]');

    const listed = await cli(['list'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/regional-template\s+regional\s+active/);

    expect((await cli([], env)).code).toBe(2);
    const usage = await cli(['check', 'regional-template'], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('check needs --schema FILE');
    const unreachable = await cli(['list'], { ...env, NETPUBLIC_GATEWAY_URL: 'http://127.0.0.1:9' });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain('Cannot reach the gateway at http://127.0.0.1:9');
  });

  it('a publish through one gateway reaches the other replica through PostgreSQL', async () => {
    const occitanie = path.join(scratch, 'occitanie.graphql');
    writeFileSync(occitanie, renameRegional(TEMPLATE_SDL, 'occitanie'));
    const published = await cli(['publish', 'occitanie', '--schema', occitanie, '--url', 'http://127.0.0.1:9/graphql'], {
      NETPUBLIC_GATEWAY_URL: gatewayOrigin, NETPUBLIC_TOKEN: await t.centreToken('occitanie'),
    });
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/^✓ Published occitanie: version (\d+) is live/);
    const version = Number(/version (\d+) is live/.exec(published.stdout)![1]);
    // The in-process gateway is the other replica; it polls only every minute, so this is PostgreSQL's notification.
    const started = Date.now();
    let served = 0;
    while (Date.now() - started < 5000) {
      served = (await t.admin('GET', '/admin/registry/served', admin)).body.served.version;
      if (served === version) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(served).toBe(version);
    const answer = await t.query(`{ occitanieLocalOffers { totalCount } }`);
    expect(answer.body.errors![0].extensions!.subgraph).toBe('occitanie');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => gateway!.on('exit', (code) => resolve(code)));
    gateway!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
