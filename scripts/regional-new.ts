import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkRegionalName } from '../gateway/src/registry/naming';
import { readNationalSubgraphs } from '../gateway/src/registry';
import { ROOT } from './lib/compose';
import { TEMPLATE_NAME, copyTemplate, spellings } from './lib/regional';

/**
 * npm run regional:new -- --region bretagne
 * Copies subgraphs/regional-template to subgraphs/bretagne with every name made after the region
 * (Bretagne…, bretagne…, schema bretagne), then generates its resolver types.
 */
const usage = 'usage: npm run regional:new -- --region <name>   (lowercase words joined by hyphens, e.g. bretagne, pays-de-la-loire)';

function main(): void {
  const { values } = parseArgs({ options: { region: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const name = values.region?.trim();
  if (!name) fail(`--region is required.\n${usage}`);
  const problems = checkRegionalName(name, { nationalNames: [...readNationalSubgraphs().map((n) => n.name), TEMPLATE_NAME, 'kit'], regionalNames: [] });
  if (problems.length) fail(`${problems.map((p) => p.message).join('\n')}\n${usage}`);

  const target = path.join(ROOT, 'subgraphs', name);
  let files: string[];
  try {
    files = copyTemplate(path.join(ROOT, 'subgraphs', TEMPLATE_NAME), target, name);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  process.stdout.write(`Created subgraphs/${name}/ (${files.length} files) from the template.\nGenerating its resolver types…\n`);
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'codegen.ts'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, CODEGEN_ONLY: name },
  });
  const { pascal, camel, snake } = spellings(name);
  process.stdout.write(`
Done. Your subgraph "${name}":
  types        ${pascal}Workshop, ${pascal}TrainingSession, ${pascal}LocalOffer…
  fields       Query.${camel}Workshops, Epn.${camel}Workshops, Territory.${camel}Workshops…
  database     PostgreSQL schema "${snake}"

Next (see subgraphs/${name}/README.md):
  1. npx tsc -p .                                   type-check
  2. DATABASE_URL=… GATEWAY_PUBLIC_KEY_FILE=… PORT=4010 SUBGRAPH=${name} npm run start:subgraph
  3. npm run subgraph -- check ${name} --schema subgraphs/${name}/schema.graphql --url https://…/graphql
`);
}

function fail(message: string): never {
  process.stderr.write(`regional:new: ${message}\n`);
  process.exit(2);
}

main();
