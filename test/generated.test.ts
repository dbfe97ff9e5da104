import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

describe('generated files', () => {
  it('the committed supergraph, API schema, resolver types and typed documents are up to date', async () => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check-generated.ts'], { cwd: ROOT });
    expect(stdout).toMatch(/generated files up to date \(\d+ checked\)/);
  });
});
