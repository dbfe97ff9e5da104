import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OUR_NODE_FLAGS } from '../scripts/bench/gateways';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/**
 * The benchmark measures the gateway as it is deployed: the node flags it runs ours with are the
 * ones every launcher of the gateway uses (its memory under load depends on them).
 */
describe('the gateway is launched the same way everywhere', () => {
  const flags = OUR_NODE_FLAGS.join(' ');

  it('the Dockerfile, docker-compose.yml and npm run start:gateway use the flags the benchmark measures', () => {
    expect(OUR_NODE_FLAGS).toEqual(['--max-old-space-size=256']);
    expect(read('Dockerfile')).toContain(`CMD ["node", ${OUR_NODE_FLAGS.map((f) => JSON.stringify(f)).join(', ')}, "--import", "tsx", "gateway/src/main.ts"]`);
    const compose = read('docker-compose.yml');
    const gatewayCommands = compose.split('\n').filter((line) => line.includes('gateway/src/main.ts'));
    expect(gatewayCommands.length).toBeGreaterThan(0);
    for (const line of gatewayCommands) expect(line).toContain(OUR_NODE_FLAGS.map((f) => JSON.stringify(f)).join(', '));
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:gateway']).toBe(`tsx ${flags} gateway/src/main.ts`);
  });
});
