import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { JSONParser } from '@streamparser/json';
import { CsvError, parse } from 'csv-parse';
import { isStandardField, MULTI_VALUE_SEPARATOR, REQUIRED_FIELDS } from './fields';
import type { Problem } from './problems';

/**
 * Streams the places of a file in the standard, one record at a time (bounded memory): CSV through
 * csv-parse, or JSON — an array of objects with the same field names — through a streaming parser.
 */
export type StandardFormat = 'csv' | 'json';

export interface SourceRecord {
  /** CSV: the line where the record starts (the header is line 1); JSON: its position in the array, from 1. */
  line: number;
  record: Record<string, string>;
  /** Problems of the record's shape (wrong number of fields, a value that is not text). */
  problems: Problem[];
}

export interface ReadOptions {
  /** Problems of the whole file (columns, syntax). */
  onFileProblem(problem: Problem): void;
  /** Bytes read so far, for a progress bar. */
  onProgress?(bytes: number): void;
  /** Required columns the CSV header lacks (reported once, not again on every record). */
  onMissingColumns?(fields: Set<string>): void;
}

/** The file's format from its name (.json → JSON, anything else → CSV). */
export function formatOf(fileName: string): StandardFormat {
  return fileName.toLowerCase().endsWith('.json') ? 'json' : 'csv';
}

export function readStandardRecords(input: Readable, format: StandardFormat, options: ReadOptions): AsyncGenerator<SourceRecord> {
  return format === 'json' ? readJson(input, options) : readCsv(input, options);
}

const fileProblem = (field: string, value: string, rule: string, severity: Problem['severity'] = 'error', line = 1): Problem => ({
  line, id: null, field, value, rule, severity,
});

/** Header checks shared by both formats: missing required columns are errors, unknown ones notices. */
function checkColumns(columns: string[], options: ReadOptions, line: number, present = true): Set<string> {
  const missing = new Set<string>();
  if (present) {
    for (const field of REQUIRED_FIELDS) {
      if (!columns.includes(field)) {
        missing.add(field);
        options.onFileProblem(fileProblem(field, '', 'required column of the standard is missing', 'error', line));
      }
    }
  }
  for (const column of columns) {
    if (!isStandardField(column)) options.onFileProblem(fileProblem(column, '', `not a field of the standard (v1.0.2): ignored`, 'notice', line));
  }
  return missing;
}

async function* readCsv(input: Readable, options: ReadOptions): AsyncGenerator<SourceRecord> {
  let bytes = 0;
  input.on('data', (chunk: Buffer | string) => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    options.onProgress?.(bytes);
  });
  let columns: string[] = [];
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        columns = header.map((name) => name.trim());
        if (columns.length === 1 && columns[0].includes(';')) {
          options.onFileProblem(fileProblem('file', columns[0].slice(0, 80), 'the columns are separated by « ; »: the standard\'s CSV uses « , »'));
        } else {
          options.onMissingColumns?.(checkColumns(columns, options, 1));
        }
        return columns;
      },
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  let previousEnd = 1;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; empty_lines: number; error?: unknown } }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      const problems: Problem[] = [];
      const count = Object.keys(record).length;
      if (info.error) {
        problems.push({ line, id: record.id?.trim() || null, field: 'file', value: '', rule: `the record does not have the header's ${columns.length} fields (a missing or extra comma, or an unquoted comma inside a value)`, severity: 'error' });
      } else if (count !== columns.length) {
        problems.push({ line, id: record.id?.trim() || null, field: 'file', value: '', rule: `the record has ${count} fields, the header ${columns.length}`, severity: 'error' });
      }
      yield { line, record, problems };
    }
  } catch (error) {
    // Only the file's syntax is a problem to report; a failing upload or disk is the caller's error.
    if (!(error instanceof CsvError)) throw error;
    const lines = (error as CsvError & { lines?: number }).lines;
    options.onFileProblem(fileProblem('file', '', `not valid CSV: ${error.message}`, 'error', lines ?? previousEnd + 1));
  }
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

async function* readJson(input: Readable, options: ReadOptions): AsyncGenerator<SourceRecord> {
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
  const pending: JsonValue[] = [];
  parser.onValue = ({ value }) => pending.push(value as JsonValue);
  let bytes = 0;
  let position = 0;
  let started = false;
  const seenColumns = new Set<string>();
  const decoder = new StringDecoder('utf8');
  /** Feeds the parser; false once the file is not valid JSON (reported). */
  const feed = (text: string | null): boolean => {
    try {
      // The parser ends by itself after the array's closing bracket.
      if (text === null) {
        if (!parser.isEnded) parser.end();
      } else {
        parser.write(text);
      }
      return true;
    } catch (error) {
      options.onFileProblem(fileProblem('file', '', `not valid JSON after record ${position + pending.length}: ${error instanceof Error ? error.message : String(error)}`, 'error', position + pending.length + 1));
      return false;
    }
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    // A multi-byte character may straddle two chunks: the decoder keeps its first bytes for the next.
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    options.onProgress?.(bytes);
    if (!started) {
      text = text.replace(/^\uFEFF/, '');
      const first = text.trimStart()[0];
      if (first === undefined) continue;
      started = true;
      if (first !== '[') {
        options.onFileProblem(fileProblem('file', '', 'a JSON file in the standard is an array of places: [ { "id": …, "nom": … }, … ]'));
        return;
      }
    }
    const ok = feed(text);
    for (const value of pending.splice(0)) yield jsonRecord(value, (position += 1), seenColumns, options);
    if (!ok) return;
  }
  if (!started) {
    options.onFileProblem(fileProblem('file', '', 'the file is empty'));
    return;
  }
  feed(null);
  for (const value of pending.splice(0)) yield jsonRecord(value, (position += 1), seenColumns, options);
}

function jsonRecord(value: JsonValue, line: number, seenColumns: Set<string>, options: ReadOptions): SourceRecord {
  const problems: Problem[] = [];
  const record: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ line, id: null, field: 'file', value: JSON.stringify(value).slice(0, 80), rule: 'each element of the array must be an object (one place)', severity: 'error' });
    return { line, record, problems };
  }
  const fresh = Object.keys(value).filter((key) => !seenColumns.has(key));
  if (fresh.length) {
    for (const key of fresh) seenColumns.add(key);
    checkColumns(fresh, options, line, false);
  }
  for (const [key, raw] of Object.entries(value)) {
    if (raw === null) record[key] = '';
    else if (typeof raw === 'string') record[key] = raw;
    else if (typeof raw === 'number' || typeof raw === 'boolean') record[key] = String(raw);
    else if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) record[key] = raw.join(MULTI_VALUE_SEPARATOR);
    else problems.push({ line, id: null, field: key, value: JSON.stringify(raw).slice(0, 80), rule: 'must be text, a number, or a list of texts', severity: 'error' });
  }
  for (const problem of problems) problem.id = record.id?.trim() || null;
  return { line, record, problems };
}
