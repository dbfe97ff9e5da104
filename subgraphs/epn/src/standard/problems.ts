/**
 * What the importer reports, one entry per problem: where (line, field), what (value) and which rule
 * of the standard or of NetPublic it breaks. Errors reject the row (and the file, unless only valid
 * rows are imported); notices say what was resolved or ignored and never block.
 */
export type Severity = 'error' | 'notice';

export interface Problem {
  /** Line of the CSV file where the record starts (1 is the header); for JSON, the record's position (1-based). */
  line: number;
  /** The record's `id`, when it has one. */
  id: string | null;
  /** A field of the standard, a column name, or `file` for problems of the whole file. */
  field: string;
  value: string;
  rule: string;
  severity: Severity;
}

export const PROBLEM_COLUMNS = ['line', 'id', 'field', 'value', 'rule', 'severity'] as const;
