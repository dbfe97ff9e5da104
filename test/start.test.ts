import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './support/database';
import { freePort } from './support/processes';

const ROOT = path.resolve(__dirname, '..');
const TSX = ['--import', 'tsx'];


describe('npm start (the real start script, as a process)', () => {
  it('stops at once with one line naming a bad configuration variable', () => {
    const result = spawnSync(process.execPath, [...TSX, 'scripts/start.ts'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, EPN_PORT: 'abc', LOG_LEVEL: 'silent' }, timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('netpublic: Invalid configuration: EPN_PORT must be a TCP port number between 1 and 65535 (got "abc")');
  });

  describe('on a database', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database.drop());

    it('serves the graph, answers a query through the gateway, and stops cleanly on SIGTERM', async () => {
      const [gateway, adherents, epn, resources, events] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
      const child = spawn(process.execPath, [...TSX, 'scripts/start.ts'], {
        cwd: ROOT,
        env: {
          ...process.env, DATABASE_URL: database.url, SEED: 'never', LOG_LEVEL: 'warn',
          GATEWAY_PORT: String(gateway), ADHERENTS_PORT: String(adherents), EPN_PORT: String(epn), RESOURCES_PORT: String(resources), EVENTS_PORT: String(events),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 45_000);
          child.stdout.on('data', () => {
            if (output.includes('NetPublic Graph is ready')) {
              clearTimeout(timer);
              resolve();
            }
          });
          child.on('exit', () => reject(new Error(`exited early:\n${output}`)));
        });
        expect(output).toContain(`http://127.0.0.1:${gateway}/graphql`);
        const response = await fetch(`http://127.0.0.1:${gateway}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 2) { totalCount edges { node { name commune { name } currentLabel { status awardedBy { name } } events(first: 1) { totalCount } eligibleOffers(first: 1) { totalCount } } } } }' }),
        });
        const body = (await response.json()) as any;
        expect(body.errors).toBeUndefined();
        expect(body.data.epns.totalCount).toBeGreaterThan(0);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
    });
  });
});
