import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { rootLogger } from '../../../kit/src';
import { compilePendingSchedules } from '../services/directory-maintenance';
import { EpnWriteService, type WriteActor } from '../services/epn-write-service';
import type { EpnStandardData } from '../standard/mapping';
import type { Problem } from '../standard/problems';
import { readStandardRecords, type StandardFormat } from '../standard/read';
import { RecordValidator } from '../standard/validate';

/**
 * Imports a file in the national standard, streaming: records are read, validated and written in
 * batches inside ONE transaction, so memory stays bounded and the file is all or nothing —
 * - any error (a record, the file, a territorial refusal) rolls everything back, but validation goes
 *   on to the end so the report lists every problem;
 * - `validOnly` writes the valid records and reports the others as skipped;
 * - `dryRun` does all of it, writes included (so the counts are exact), then rolls back.
 */
export interface ImportOptions {
  format: StandardFormat;
  actor: WriteActor;
  /** Source of the records whose `source` column is empty. */
  defaultSource?: string | null;
  dryRun?: boolean;
  validOnly?: boolean;
  /** Every problem as found (a report file); the report itself keeps the first `problemLimit`. */
  onProblem?(problem: Problem): void;
  onProgress?(bytes: number): void;
  batchSize?: number;
  problemLimit?: number;
  today?: Date;
}

export type ImportStatus = 'IMPORTED' | 'REJECTED';

export interface ImportReport {
  /** IMPORTED: written (or would be, in a dry run); REJECTED: nothing written. */
  status: ImportStatus;
  dryRun: boolean;
  validOnly: boolean;
  /** Whether the database changed. */
  committed: boolean;
  records: number;
  valid: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records not imported because of an error (only with validOnly; otherwise nothing is). */
  skipped: number;
  errors: number;
  notices: number;
  territory: string;
  /** The first `problemLimit` problems, in file order. */
  problems: Problem[];
  problemsTruncated: boolean;
  durationMs: number;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_PROBLEM_LIMIT = 10_000;
/** Statistics are refreshed after this many new rows, then each time the new rows double. */
const ANALYZE_FROM = 2_000;
/** Imports run one at a time: two files of one source must not race on the same keys. */
const IMPORT_LOCK = 7243008;

export async function importPlaces(dataSource: DataSource, input: Readable, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const problemLimit = options.problemLimit ?? DEFAULT_PROBLEM_LIMIT;
  const validOnly = options.validOnly ?? false;
  const dryRun = options.dryRun ?? false;
  const report: ImportReport = {
    status: 'IMPORTED', dryRun, validOnly, committed: false, records: 0, valid: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0,
    errors: 0, notices: 0, territory: options.actor.scope.label, problems: [], problemsTruncated: false, durationMs: 0,
  };
  let fileErrors = 0;
  const add = (problem: Problem) => {
    if (problem.severity === 'error') report.errors += 1;
    else report.notices += 1;
    options.onProblem?.(problem);
    if (report.problems.length < problemLimit) report.problems.push(problem);
    else report.problemsTruncated = true;
  };
  // Without validOnly, writing stops at the first error (the transaction will be rolled back anyway).
  const writing = () => validOnly ? fileErrors === 0 : report.errors === 0;

  const validator = new RecordValidator({ defaultSource: options.defaultSource, today: options.today });
  let missingColumns = new Set<string>();
  const seen = new Map<string, number>();
  let batch: { line: number; data: EpnStandardData }[] = [];

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const writer = new EpnWriteService(runner.manager);

    const write = async (rows: { line: number; data: EpnStandardData }[]) => {
      if (!rows.length || !writing()) return;
      const outcomes = await writer.upsertMany(rows.map((r) => r.data), options.actor);
      for (const [index, outcome] of outcomes.entries()) {
        const { line, data } = rows[index];
        if (outcome.outcome === 'rejected') {
          report.valid -= 1;
          add({ line, id: data.sourceId, field: outcome.field, value: outcome.value, rule: outcome.rule, severity: 'error' });
          if (validOnly) report.skipped += 1;
          continue;
        }
        report[outcome.outcome] += 1;
        if (outcome.notice) add({ line, id: data.sourceId, field: 'id', value: data.sourceId, rule: outcome.notice, severity: 'notice' });
      }
      // A large import grows the table inside its own transaction, unseen by autovacuum: without fresh
      // statistics the planner keeps the plans of a small table and each key lookup scans all the rows.
      if (report.inserted >= Math.max(ANALYZE_FROM, 2 * analyzedAt)) {
        await runner.query('ANALYZE epn.epn (source, source_id, pivot, commune_code)');
        analyzedAt = report.inserted;
      }
    };

    let pendingWrite: Promise<void> = Promise.resolve();
    let analyzedAt = 0;
    const records = readStandardRecords(input, options.format, {
      onFileProblem: (problem) => {
        if (problem.severity === 'error') fileErrors += 1;
        add(problem);
      },
      onProgress: options.onProgress,
      onMissingColumns: (fields) => {
        missingColumns = fields;
      },
    });
    for await (const { line, record, problems } of records) {
      report.records += 1;
      const result = validator.validate(record, line);
      const found = [...problems, ...result.problems.filter((p) => !(missingColumns.has(p.field) && p.value === ''))];
      let data = problems.length ? null : result.data;
      const id = record.id?.trim();
      if (id) {
        // Keyed like the database: the same id may come from two sources.
        const source = record.source?.trim() || options.defaultSource?.trim() || '';
        const key = `${source}\u0000${id}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, line);
        } else {
          found.push({ line, id, field: 'id', value: id, rule: `duplicate: already on line ${first}${source ? ` (source « ${source} »)` : ''}; ids are unique in the standard`, severity: 'error' });
          data = null;
        }
      }
      if (data && !options.actor.scope.contains(data.communeCode)) {
        found.push({ line, id: data.sourceId, field: 'code_insee', value: data.communeCode, rule: `outside your territory (${options.actor.scope.label})`, severity: 'error' });
        data = null;
      }
      for (const problem of found) add(problem);
      if (!data) {
        if (validOnly) report.skipped += 1;
        continue;
      }
      report.valid += 1;
      batch.push({ line, data });
      if (batch.length >= batchSize) {
        // PostgreSQL writes one batch while the next is read and validated (one at a time on the connection).
        await pendingWrite;
        pendingWrite = write(batch);
        // Handled now (it is awaited later): a failed write must not be an unhandled rejection meanwhile.
        pendingWrite.catch(() => undefined);
        batch = [];
      }
    }
    await pendingWrite;
    await write(batch);

    const rejected = fileErrors > 0 || (!validOnly && report.errors > 0);
    report.status = rejected ? 'REJECTED' : 'IMPORTED';
    if (rejected) {
      report.inserted = 0;
      report.updated = 0;
      report.unchanged = 0;
    }
    if (rejected || dryRun) {
      await runner.rollbackTransaction();
    } else {
      await runner.commitTransaction();
      report.committed = true;
    }
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
  // The directory's « open at » filter reads compiled opening hours: compile the new values now
  // rather than let searches evaluate them one by one until the next maintenance.
  if (report.committed) await compilePendingSchedules(dataSource, rootLogger.child({ component: 'import' }));
  report.durationMs = Date.now() - started;
  return report;
}
