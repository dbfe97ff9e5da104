import type { EntityManager } from 'typeorm';
import type { VenueType } from '../../../kit/src/standard';
import type { Role } from '../../../kit/src/viewer';
import type { SourceValues } from '../entities/Epn';
import { venueFromTypologies, type EpnStandardData } from '../standard/mapping';

/**
 * The one place where EPN data from the national standard is written. Every write of those columns
 * goes through `upsertMany` (imports today, mutations tomorrow), so rules and derived data stay in one
 * path: matching, territorial authority, compare-before-write (no updated_at churn), bulk SQL.
 *
 * Matching, in order, for each row:
 *  1. an EPN with the same `source` and source id (`id` of the standard);
 *  2. an EPN never imported (no source id) whose own id is the row's `id` — a file this graph exported;
 *  3. the one EPN never imported with the same `pivot` in the same commune (several: no match, notice).
 * Otherwise a new EPN is created.
 */

/** Who writes, and the communes they may write in. */
export interface WriteActor {
  role: Role;
  subject: string | null;
  /** An adherent administrator's adherent: recorded as the declarer of the EPN it creates. */
  adherentId: string | null;
  scope: WriteScope;
}

export interface WriteScope {
  /** « DEPARTEMENT 35 (Ille-et-Vilaine) », for messages. */
  label: string;
  contains(communeCode: string): boolean;
}

export type WriteOutcome =
  | { outcome: 'inserted' | 'updated' | 'unchanged'; epnId: string | null; notice?: string }
  | { outcome: 'rejected'; field: string; value: string; rule: string };

interface Column {
  property: keyof EpnStandardData;
  column: string;
  type: 'text' | 'text[]' | 'float8' | 'boolean' | 'date' | 'jsonb';
}

const COLUMNS: Column[] = [
  { property: 'source', column: 'source', type: 'text' },
  { property: 'sourceId', column: 'source_id', type: 'text' },
  { property: 'pivot', column: 'pivot', type: 'text' },
  { property: 'name', column: 'name', type: 'text' },
  { property: 'street', column: 'street', type: 'text' },
  { property: 'addressComplement', column: 'address_complement', type: 'text' },
  { property: 'postalCode', column: 'postal_code', type: 'text' },
  { property: 'communeCode', column: 'commune_code', type: 'text' },
  { property: 'latitude', column: 'latitude', type: 'float8' },
  { property: 'longitude', column: 'longitude', type: 'float8' },
  { property: 'venueType', column: 'venue_type', type: 'text' },
  { property: 'typologies', column: 'typologies', type: 'text[]' },
  { property: 'itinerant', column: 'itinerant', type: 'boolean' },
  { property: 'openingHours', column: 'opening_hours', type: 'text' },
  { property: 'services', column: 'services', type: 'text[]' },
  { property: 'specificPublics', column: 'specific_publics', type: 'text[]' },
  { property: 'accessibilitySupport', column: 'accessibility_support', type: 'text[]' },
  { property: 'fees', column: 'fees', type: 'text[]' },
  { property: 'accessModes', column: 'access_modes', type: 'text[]' },
  { property: 'accompanimentModes', column: 'accompaniment_modes', type: 'text[]' },
  { property: 'nationalProgrammes', column: 'national_programmes', type: 'text[]' },
  { property: 'trainingLabels', column: 'training_labels', type: 'text[]' },
  { property: 'otherLabels', column: 'other_labels', type: 'text' },
  { property: 'summary', column: 'summary', type: 'text' },
  { property: 'description', column: 'description', type: 'text' },
  { property: 'phone', column: 'phone', type: 'text' },
  { property: 'emails', column: 'emails', type: 'text[]' },
  { property: 'websites', column: 'websites', type: 'text[]' },
  { property: 'accessibilityUrl', column: 'accessibility_url', type: 'text' },
  { property: 'appointmentUrl', column: 'appointment_url', type: 'text' },
  { property: 'parentStructure', column: 'parent_structure', type: 'text' },
  { property: 'dataUpdatedOn', column: 'data_updated_on', type: 'date' },
  { property: 'sourceValues', column: 'source_values', type: 'jsonb' },
];

/** Equipment is not in the standard: a new EPN starts with none declared. */
const NO_EQUIPMENT = { computers: 0, tablets: 0, printers: 0, wifi: false };

const SELECT_LIST = ['e.id', ...COLUMNS.map((c) => (c.type === 'date' ? `e.${c.column}::text AS ${c.column}` : `e.${c.column}`))].join(', ');
const RECORD_TYPE = COLUMNS.map((c) => `${c.column} ${c.type}`).join(', ');
const COLUMN_LIST = COLUMNS.map((c) => c.column).join(', ');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type StoredRow = Record<string, unknown> & { id: string; commune_code: string; venue_type: string };

export class EpnWriteService {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Inserts or updates the rows (matched as described above), in the caller's transaction. A row is
   * rejected when it would change an EPN outside the actor's scope. Rows equal to what is stored are
   * not written at all. Outcomes come back in the order of `rows`.
   */
  async upsertMany(rows: readonly EpnStandardData[], actor: WriteActor): Promise<WriteOutcome[]> {
    const matches = await this.match(rows);
    const outcomes: WriteOutcome[] = [];
    const inserts: Record<string, unknown>[] = [];
    const updates: Record<string, unknown>[] = [];
    for (const [index, row] of rows.entries()) {
      const match = matches[index];
      const existing = match.row;
      if (!actor.scope.contains(row.communeCode)) {
        outcomes.push({ outcome: 'rejected', field: 'code_insee', value: row.communeCode, rule: `outside your territory (${actor.scope.label})` });
        continue;
      }
      if (existing && !actor.scope.contains(existing.commune_code)) {
        outcomes.push({
          outcome: 'rejected', field: 'id', value: row.sourceId,
          rule: `matches an EPN of commune ${existing.commune_code}, outside your territory (${actor.scope.label}): it cannot be changed from here`,
        });
        continue;
      }
      const values = toColumns({ ...row, venueType: venueFromTypologies(row.typologies, (existing?.venue_type as VenueType | undefined) ?? null) });
      if (!existing) {
        inserts.push({ ...values, equipment: NO_EQUIPMENT, declared_by_adherent_id: actor.adherentId });
        outcomes.push({ outcome: 'inserted', epnId: null, notice: match.notice });
      } else if (COLUMNS.every((c) => sameValue(c, existing[c.column], values[c.column]))) {
        outcomes.push({ outcome: 'unchanged', epnId: existing.id, notice: match.notice });
      } else {
        updates.push({ ...values, id: existing.id });
        outcomes.push({ outcome: 'updated', epnId: existing.id, notice: match.notice });
      }
    }
    if (inserts.length) {
      await this.manager.query(
        `INSERT INTO epn.epn (${COLUMN_LIST}, equipment, declared_by_adherent_id)
         SELECT ${COLUMN_LIST}, equipment, declared_by_adherent_id
         FROM jsonb_to_recordset($1::jsonb) AS r(${RECORD_TYPE}, equipment jsonb, declared_by_adherent_id uuid)`,
        [JSON.stringify(inserts)],
      );
    }
    if (updates.length) {
      await this.manager.query(
        `UPDATE epn.epn e SET ${COLUMNS.map((c) => `${c.column} = r.${c.column}`).join(', ')}, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ${RECORD_TYPE})
         WHERE e.id = r.id`,
        [JSON.stringify(updates)],
      );
    }
    return outcomes;
  }

  /** The stored EPN each row matches (rules 1–3), each EPN claimed by one row at most. */
  private async match(rows: readonly EpnStandardData[]): Promise<{ row: StoredRow | null; notice?: string }[]> {
    const result: { row: StoredRow | null; notice?: string }[] = rows.map(() => ({ row: null }));
    const claimed = new Set<string>();
    const byKey = new Map<string, StoredRow>();
    const keyed: StoredRow[] = await this.manager.query(
      `SELECT ${SELECT_LIST} FROM epn.epn e
       JOIN unnest($1::text[], $2::text[]) AS k(source, source_id) ON e.source = k.source AND e.source_id = k.source_id`,
      [rows.map((r) => r.source), rows.map((r) => r.sourceId)],
    );
    for (const row of keyed) byKey.set(`${row.source}\u0000${row.source_id}`, row);
    const unmatched: number[] = [];
    for (const [index, row] of rows.entries()) {
      const found = byKey.get(`${row.source}\u0000${row.sourceId}`);
      if (found && !claimed.has(found.id)) {
        claimed.add(found.id);
        result[index] = { row: found };
      } else {
        unmatched.push(index);
      }
    }
    if (!unmatched.length) return result;

    const ownIds = unmatched.map((i) => rows[i].sourceId).filter((id) => UUID.test(id));
    const own: StoredRow[] = ownIds.length
      ? await this.manager.query(`SELECT ${SELECT_LIST} FROM epn.epn e WHERE e.source_id IS NULL AND e.id = ANY($1::uuid[])`, [ownIds])
      : [];
    const ownById = new Map(own.map((row) => [row.id, row]));
    const byPivot = new Map<string, StoredRow[]>();
    const pivotRows: StoredRow[] = await this.manager.query(
      `SELECT ${SELECT_LIST} FROM epn.epn e
       JOIN unnest($1::text[], $2::text[]) AS k(pivot, commune_code) ON e.pivot = k.pivot AND e.commune_code = k.commune_code
       WHERE e.source_id IS NULL`,
      [unmatched.map((i) => rows[i].pivot), unmatched.map((i) => rows[i].communeCode)],
    );
    for (const row of pivotRows) {
      const key = `${row.pivot}\u0000${row.commune_code}`;
      const list = byPivot.get(key) ?? [];
      if (!list.some((r) => r.id === row.id)) list.push(row);
      byPivot.set(key, list);
    }
    for (const index of unmatched) {
      const row = rows[index];
      const own = ownById.get(row.sourceId);
      if (own && !claimed.has(own.id)) {
        claimed.add(own.id);
        result[index] = { row: own, notice: `matched EPN ${own.id} by its NetPublic Graph id (a file exported by this graph)` };
        continue;
      }
      const candidates = (byPivot.get(`${row.pivot}\u0000${row.communeCode}`) ?? []).filter((r) => !claimed.has(r.id));
      if (candidates.length === 1) {
        claimed.add(candidates[0].id);
        result[index] = { row: candidates[0], notice: `matched EPN ${candidates[0].id}, never imported before, by pivot ${row.pivot} in commune ${row.communeCode}` };
      } else if (candidates.length > 1) {
        result[index] = { row: null, notice: `${candidates.length} EPN never imported share pivot ${row.pivot} in commune ${row.communeCode}: none matched, a new EPN is created` };
      }
    }
    return result;
  }
}

function toColumns(row: EpnStandardData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const c of COLUMNS) values[c.column] = row[c.property];
  return values;
}

function sameValue(column: Column, stored: unknown, next: unknown): boolean {
  if (stored === null || stored === undefined || next === null || next === undefined) return (stored ?? null) === (next ?? null);
  switch (column.type) {
    case 'text[]': {
      const a = stored as string[];
      const b = next as string[];
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
    case 'jsonb':
      return sameJson(stored as SourceValues, next as SourceValues);
    default:
      return stored === next;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
