import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { GraphQLError } from 'graphql';
import { ConfigError } from '../subgraphs/kit/src/config';
import { parseTerritory } from '../subgraphs/epn/src/import/scope';
import { countPlaces, exportPlaces } from '../subgraphs/epn/src/standard/export';
import { formatOf } from '../subgraphs/epn/src/standard/read';
import { openEpnDatabase } from './lib/standard-cli';

const USAGE = `Usage: npm run export -- [--territory LEVEL:CODE] FILE

Writes the EPN in the national standard « lieux de médiation numérique » v1.0.2: CSV, or JSON when
FILE ends in .json; FILE "-" writes CSV to standard output. « NetPublic » is written in
autres_formations_labels for EPN whose label is active.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { territory: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) throw new ConfigError(`Give exactly one file to write.\n\n${USAGE}`);
  const file = positionals[0];
  const format = values.format ?? (file === '-' ? 'csv' : formatOf(file));
  if (format !== 'csv' && format !== 'json') throw new ConfigError(`--format must be csv or json (got "${values.format}")`);
  let territory = null;
  try {
    territory = values.territory ? parseTerritory(values.territory, '--territory') : null;
  } catch (error) {
    throw new ConfigError(error instanceof GraphQLError ? error.message : String(error));
  }
  const database = await openEpnDatabase();
  try {
    const total = await countPlaces(database.dataSource, territory);
    const bar = process.stderr.isTTY && file !== '-'
      ? new SingleBar({ format: 'exporting {bar} {percentage}% | {value}/{total} EPN', stream: process.stderr }, Presets.shades_classic)
      : null;
    bar?.start(total, 0);
    const output = file === '-' ? process.stdout : createWriteStream(file);
    const count = await exportPlaces(database.dataSource, output, { format, territory, onProgress: (n) => bar?.update(n) });
    bar?.stop();
    if (file !== '-') {
      const where = territory ? ` (${territory.level} ${territory.code} ${territory.name})` : '';
      process.stderr.write(`${count} EPN written to ${file}${where}; ${Math.round(process.resourceUsage().maxRSS / 1024)} MB peak memory (RSS).\n`);
    }
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
