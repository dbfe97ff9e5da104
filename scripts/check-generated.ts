import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';
import { API_SCHEMA_FILE, ROOT, SUPERGRAPH_FILE, composeFromFiles } from './lib/compose';

/**
 * Fails when a generated file differs from what its generator produces now: the composed
 * supergraph and API schema (npm run compose), resolver types and typed documents (npm run codegen).
 */
async function main(): Promise<void> {
  const stale: string[] = [];
  const expect = (file: string, content: string) => {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) stale.push(path.relative(ROOT, file));
  };
  const composed = composeFromFiles();
  expect(SUPERGRAPH_FILE, composed.supergraphSdl);
  expect(API_SCHEMA_FILE, composed.apiSchemaSdl);
  process.chdir(ROOT);
  const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
  for (const output of outputs) expect(path.resolve(ROOT, output.filename), output.content);
  if (stale.length) {
    process.stderr.write(`Generated files are stale (run npm run generate): ${stale.join(', ')}\n`);
    process.exit(1);
  }
  process.stdout.write(`generated files up to date (${outputs.length + 2} checked)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
