import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import { PROBLEM_COLUMNS, type Problem } from '../standard/problems';
import type { ImportReport } from './import-service';

/**
 * The import report for a person: a summary and a table of problems (line, field, value, rule), and a
 * report file with every problem — CSV, or JSON when its name ends in .json — written as problems
 * are found, so a file with a million problems does not sit in memory.
 */
export function summaryLines(report: ImportReport, file: string): string[] {
  const mode = [report.dryRun && 'dry run: nothing written', report.validOnly && 'valid rows only'].filter(Boolean).join(', ');
  const outcome = report.status === 'REJECTED'
    ? `REJECTED — nothing was written${report.validOnly ? ' (the file itself is unusable)' : ': fix the errors below, or import the valid rows only (--valid-only)'}`
    : report.dryRun ? 'VALID — would be imported' : 'IMPORTED';
  return [
    `${file}: ${outcome}${mode ? ` (${mode})` : ''}`,
    `  territory  ${report.territory}`,
    `  records    ${report.records} read, ${report.valid} valid${report.validOnly ? `, ${report.skipped} skipped` : ''}`,
    `  changes    ${report.inserted} new, ${report.updated} updated, ${report.unchanged} unchanged${report.dryRun ? ' (not written)' : ''}`,
    `  problems   ${report.errors} errors, ${report.notices} notices`,
    `  time       ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
}

/** A fixed-width table: errors first (up to `limit`), then a few notices; long values are shortened, rules never. */
export function problemTable(problems: readonly Problem[], limit = 200, noticeLimit = 20): string[] {
  const errors = problems.filter((p) => p.severity === 'error');
  const notices = problems.filter((p) => p.severity === 'notice');
  const shown = [...errors.slice(0, limit), ...notices.slice(0, noticeLimit)];
  if (!shown.length) return [];
  const shorten = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
  const rows = shown.map((p) => [String(p.line), p.severity, shorten(p.id ?? '', 24), p.field, shorten(JSON.stringify(p.value), 42), p.rule]);
  const header = ['line', 'severity', 'id', 'field', 'value', 'rule'];
  const widths = header.map((h, i) => (i === header.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => r[i].length))));
  const format = (cells: string[]) => cells.map((cell, i) => (widths[i] ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd();
  const lines = [format(header), format(widths.map((w, i) => '-'.repeat(w || header[i].length))), ...rows.map(format)];
  const hidden = problems.length - shown.length;
  if (hidden > 0) lines.push(`… and ${hidden} more (write them all with --report FILE)`);
  return lines;
}

/** Writes every problem to a file as it is found; `close` adds the summary (JSON) and waits for the disk. */
export class ReportFile {
  private readonly stream: WriteStream;
  private readonly csv: Stringifier | null;
  private first = true;

  constructor(private readonly path: string) {
    this.stream = createWriteStream(path);
    if (path.toLowerCase().endsWith('.json')) {
      this.csv = null;
      this.stream.write('{"problems":[');
    } else {
      this.csv = stringify({ header: true, columns: [...PROBLEM_COLUMNS] });
      this.csv.pipe(this.stream);
    }
  }

  add(problem: Problem): void {
    if (this.csv) {
      this.csv.write(problem);
    } else {
      this.stream.write(`${this.first ? '\n' : ',\n'}${JSON.stringify(problem)}`);
      this.first = false;
    }
  }

  async close(report: ImportReport): Promise<void> {
    if (this.csv) {
      this.csv.end();
    } else {
      const { problems: _problems, ...summary } = report;
      this.stream.end(`\n],\n"summary":${JSON.stringify(summary)}}\n`);
    }
    await finished(this.stream);
  }

  toString(): string {
    return this.path;
  }
}
