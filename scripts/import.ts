import 'reflect-metadata';
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { GraphQLError } from 'graphql';
import { ConfigError } from '../subgraphs/kit/src/config';
import { geography } from '../subgraphs/kit/src/geography';
import { importPlaces } from '../subgraphs/epn/src/import/import-service';
import { problemTable, ReportFile, summaryLines } from '../subgraphs/epn/src/import/report';
import { parseTerritory, territoryScope } from '../subgraphs/epn/src/import/scope';
import { formatOf } from '../subgraphs/epn/src/standard/read';
import { openEpnDatabase, operator } from './lib/standard-cli';

const USAGE = `Usage: npm run import -- FILE [options]

Imports places in the national standard « lieux de médiation numérique » v1.0.2 (CSV, or JSON when
FILE ends in .json). All or nothing: a file with an error writes nothing, and the report lists every
problem with its line, field, value and rule.

  --dry-run               check and count, write nothing
  --valid-only            import the valid records, report the others as skipped
  --source NAME           source of the records whose source column is empty
  --territory LEVEL:CODE  refuse records outside this territory (e.g. DEPARTEMENT:35)
  --report FILE           write every problem to FILE (CSV, or JSON if FILE ends in .json)
  --format csv|json       when FILE's name does not say it`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'valid-only': { type: 'boolean', default: false },
      source: { type: 'string' },
      territory: { type: 'string' },
      report: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new ConfigError(`Give exactly one file to import.\n\n${USAGE}`);
  const file = positionals[0];
  const format = values.format ?? formatOf(file);
  if (format !== 'csv' && format !== 'json') throw new ConfigError(`--format must be csv or json (got "${values.format}")`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ConfigError(`Cannot read ${file}.`);
  }
  let territory;
  try {
    territory = values.territory ? parseTerritory(values.territory, '--territory') : geography().country;
  } catch (error) {
    throw new ConfigError(error instanceof GraphQLError ? error.message : String(error));
  }

  const database = await openEpnDatabase();
  const reportFile = values.report ? new ReportFile(values.report) : null;
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'importing {bar} {percentage}% | {value}/{total} kB | {eta_formatted} left', stream: process.stderr, etaBuffer: 50 }, Presets.shades_classic)
    : null;
  bar?.start(Math.ceil(size / 1024), 0);
  try {
    const report = await importPlaces(database.dataSource, createReadStream(file), {
      format,
      actor: { role: 'NATIONAL_ADMIN', subject: operator(), adherentId: null, scope: territoryScope(territory) },
      defaultSource: values.source,
      dryRun: values['dry-run'],
      validOnly: values['valid-only'],
      onProblem: reportFile ? (problem) => reportFile.add(problem) : undefined,
      onProgress: bar ? (bytes) => bar.update(Math.ceil(bytes / 1024)) : undefined,
    });
    bar?.stop();
    await reportFile?.close(report);
    database.logger.info({ file, operator: operator(), status: report.status, committed: report.committed }, 'import finished');
    const lines = [...summaryLines(report, file), `  memory     ${Math.round(process.resourceUsage().maxRSS / 1024)} MB peak (RSS)`, ''];
    if (report.problems.length) lines.push(...problemTable(report.problems), '');
    if (reportFile) lines.push(`Every problem is in ${reportFile}.`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return report.status === 'REJECTED' ? 1 : 0;
  } finally {
    bar?.stop();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
