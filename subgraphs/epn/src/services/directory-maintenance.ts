import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../../kit/src';
import { compileOpeningHours, multirangeLiteral } from './opening-hours';

/**
 * Keeps the directory's search projection (epn.directory_entry) complete. Triggers do almost all
 * of it inside PostgreSQL; what is left needs application code or happens outside the epn schema:
 *  - opening_hours values the triggers recorded as PENDING are compiled with the `opening_hours` package;
 *  - entries out of step with the official geography (after a new COG year merges communes) are
 *    rebuilt, as are entries missing for any reason.
 * Runs after migrations and seeding (the subgraph's `maintain` hook), and may be called by any
 * service that writes EPN in bulk (imports) right after its transaction. Searches stay exact in
 * between: they evaluate PENDING rows themselves (see search-service.ts).
 */
export async function maintainDirectory(dataSource: DataSource, logger: Logger): Promise<{ rebuilt: number; compiled: number }> {
  const rebuilt = await rebuildStaleEntries(dataSource, logger);
  const compiled = await compilePendingSchedules(dataSource, logger);
  if (rebuilt || compiled) logger.info({ rebuilt, compiled }, 'directory search entries brought up to date');
  return { rebuilt, compiled };
}

const REBUILD_BATCH = 5000;

async function rebuildStaleEntries(dataSource: DataSource, logger: Logger): Promise<number> {
  const rows: { id: string }[] = await dataSource.query(`
    SELECT e.id FROM epn.epn e
    LEFT JOIN epn.directory_entry d ON d.epn_id = e.id
    LEFT JOIN geo.commune c ON c.code = e.commune_code
    WHERE d.epn_id IS NULL
       OR d.departement_code IS DISTINCT FROM c.departement_code
       OR d.region_code IS DISTINCT FROM c.region_code
       OR d.epci_code IS DISTINCT FROM c.epci_code`);
  for (let i = 0; i < rows.length; i += REBUILD_BATCH) {
    await dataSource.query('SELECT epn.refresh_directory_entries($1::uuid[])', [rows.slice(i, i + REBUILD_BATCH).map((r) => r.id)]);
    if (rows.length > REBUILD_BATCH) logger.info({ done: Math.min(i + REBUILD_BATCH, rows.length), total: rows.length }, 'rebuilding directory entries');
  }
  return rows.length;
}

const COMPILE_BATCH = 500;
const PACKAGE_VERSION = (require('opening_hours/package.json') as { version: string }).version;

/**
 * Compiles every opening_hours value still PENDING, or compiled by another version of the
 * `opening_hours` package. Values are few (thousands of EPN share them) and a value always
 * compiles the same way, so this never races with writes.
 */
export async function compilePendingSchedules(db: DataSource | EntityManager, logger: Logger): Promise<number> {
  let done = 0;
  for (;;) {
    const rows: { id: number; openingHours: string }[] = await db.query(
      `SELECT id, opening_hours AS "openingHours" FROM epn.opening_schedule
       WHERE kind = 'PENDING' OR compiled_with IS DISTINCT FROM $1 ORDER BY id LIMIT ${COMPILE_BATCH}`,
      [PACKAGE_VERSION],
    );
    if (!rows.length) return done;
    const compiled = rows.map((row) => compileOpeningHours(row.openingHours));
    for (const [i, result] of compiled.entries()) {
      if (result.kind === 'INVALID') logger.debug({ openingHours: rows[i].openingHours, error: result.error }, 'opening hours that cannot be read');
    }
    await db.query(
      `UPDATE epn.opening_schedule s
       SET kind = v.kind, open_regular = v.regular::int4multirange, open_holiday = v.holiday::int4multirange, compiled_with = $5
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS v(id, kind, regular, holiday)
       WHERE s.id = v.id`,
      [
        rows.map((r) => r.id),
        compiled.map((c) => (c.kind === 'NONE' ? 'INVALID' : c.kind)),
        compiled.map((c) => (c.kind === 'WEEKLY' ? multirangeLiteral(c.regular) : null)),
        compiled.map((c) => (c.kind === 'WEEKLY' ? multirangeLiteral(c.holiday) : null)),
        PACKAGE_VERSION,
      ],
    );
    done += rows.length;
    if (done >= COMPILE_BATCH) logger.info({ done }, 'compiling opening hours for the directory');
  }
}

const running = new WeakMap<DataSource, Promise<unknown>>();

/** Starts compiling pending opening hours in the background, once at a time per database. */
export function compilePendingSchedulesSoon(dataSource: DataSource, logger: Logger): void {
  if (running.has(dataSource) || !dataSource.isInitialized) return;
  const task = compilePendingSchedules(dataSource, logger)
    .catch((error: unknown) => logger.warn({ err: error }, 'could not compile pending opening hours; searches keep evaluating them'))
    .finally(() => running.delete(dataSource));
  running.set(dataSource, task);
}
