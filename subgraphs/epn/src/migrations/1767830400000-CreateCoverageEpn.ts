import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Label coverage asks "how many EPN, how many labelled, on day D?" for every commune of France, for
 * any day of the label history, in milliseconds. The answer is derived once per EPN into
 * `epn.coverage_epn` and kept true by statement-level triggers on `label_event` and `epn`, so every
 * writer (label mutations, imports, the seed) keeps it consistent without knowing it exists.
 *
 * Labelled on day D — a calendar day in Europe/Paris, as at the end of that day: from the day a label
 * is AWARDED (or REINSTATED) until the day it is SUSPENDED or WITHDRAWN, which no longer counts. A
 * suspended label does not count. The days of all the labels of an EPN are merged (range_agg), so
 * `labelled @> D` is the whole definition. Needs PostgreSQL 14 (multiranges).
 */
export class CreateCoverageEpn1767830400000 implements MigrationInterface {
  name = 'CreateCoverageEpn1767830400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE epn.coverage_epn (
        epn_id uuid NOT NULL,
        commune_code text NOT NULL,
        counted_from date NOT NULL,
        labelled datemultirange NOT NULL,
        CONSTRAINT coverage_epn_pkey PRIMARY KEY (epn_id),
        CONSTRAINT fk_coverage_epn_epn FOREIGN KEY (epn_id) REFERENCES epn.epn (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX idx_coverage_epn_commune ON epn.coverage_epn (commune_code, counted_from, labelled)`);

    // Each event sets its label's state until the label's next event (same instant: lifecycle order).
    await db.query(`
      CREATE FUNCTION epn.labelled_days_of(epn_ids uuid[]) RETURNS TABLE (epn_id uuid, labelled datemultirange)
      LANGUAGE sql STABLE AS $$
        SELECT s.epn_id, range_agg(daterange(s.first_day, s.end_day))
        FROM (
          SELECT ev.epn_id, ev.action IN ('AWARDED', 'REINSTATED') AS active,
                 (ev.occurred_at AT TIME ZONE 'Europe/Paris')::date AS first_day,
                 (lead(ev.occurred_at) OVER (
                   PARTITION BY ev.label_id
                   ORDER BY ev.occurred_at, array_position(ARRAY['AWARDED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN'], ev.action), ev.id
                 ) AT TIME ZONE 'Europe/Paris')::date AS end_day
          FROM epn.label_event ev
          WHERE ev.epn_id = ANY (epn_ids)
        ) s
        WHERE s.active
        GROUP BY s.epn_id
      $$`);

    // EPN rows are locked in id order first: two transactions changing one EPN's labels rebuild its
    // row one after the other, the second from what the first committed.
    await db.query(`
      CREATE FUNCTION epn.refresh_coverage_epn(epn_ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM epn.epn e WHERE e.id = ANY (epn_ids) ORDER BY e.id FOR NO KEY UPDATE;
        INSERT INTO epn.coverage_epn AS c (epn_id, commune_code, counted_from, labelled)
          SELECT e.id, e.commune_code,
                 least((e.created_at AT TIME ZONE 'Europe/Paris')::date, lower(d.labelled)),
                 coalesce(d.labelled, '{}'::datemultirange)
          FROM epn.epn e LEFT JOIN epn.labelled_days_of(epn_ids) d ON d.epn_id = e.id
          WHERE e.id = ANY (epn_ids)
        ON CONFLICT (epn_id) DO UPDATE
          SET commune_code = EXCLUDED.commune_code, counted_from = EXCLUDED.counted_from, labelled = EXCLUDED.labelled
          WHERE (c.commune_code, c.counted_from, c.labelled) IS DISTINCT FROM (EXCLUDED.commune_code, EXCLUDED.counted_from, EXCLUDED.labelled);
      END
      $$`);
    await db.query(`
      CREATE FUNCTION epn.label_events_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT n.epn_id) INTO ids FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT o.epn_id) INTO ids FROM old_rows o;
        ELSE
          SELECT array_agg(DISTINCT u.epn_id) INTO ids FROM (SELECT n.epn_id FROM new_rows n UNION SELECT o.epn_id FROM old_rows o) u;
        END IF;
        IF ids IS NOT NULL THEN
          PERFORM epn.refresh_coverage_epn(ids);
        END IF;
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE FUNCTION epn.epns_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(n.id) INTO ids FROM new_rows n;
        ELSE
          SELECT array_agg(n.id) INTO ids FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE (n.commune_code, n.created_at) IS DISTINCT FROM (o.commune_code, o.created_at);
        END IF;
        IF ids IS NOT NULL THEN
          PERFORM epn.refresh_coverage_epn(ids);
        END IF;
        RETURN NULL;
      END
      $$`);
    for (const [event, referencing] of [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ]) {
      await db.query(`
        CREATE TRIGGER trg_label_event_${event.toLowerCase()}_coverage AFTER ${event} ON epn.label_event
        REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION epn.label_events_changed()`);
    }
    for (const [event, referencing] of [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
    ]) {
      await db.query(`
        CREATE TRIGGER trg_epn_${event.toLowerCase()}_coverage AFTER ${event} ON epn.epn
        REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION epn.epns_changed()`);
    }
    await db.query(`SELECT epn.refresh_coverage_epn(ARRAY(SELECT e.id FROM epn.epn e))`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) await db.query(`DROP TRIGGER trg_label_event_${event}_coverage ON epn.label_event`);
    for (const event of ['insert', 'update']) await db.query(`DROP TRIGGER trg_epn_${event}_coverage ON epn.epn`);
    await db.query('DROP FUNCTION epn.epns_changed()');
    await db.query('DROP FUNCTION epn.label_events_changed()');
    await db.query('DROP FUNCTION epn.refresh_coverage_epn(uuid[])');
    await db.query('DROP FUNCTION epn.labelled_days_of(uuid[])');
    await db.query('DROP TABLE epn.coverage_epn');
  }
}
