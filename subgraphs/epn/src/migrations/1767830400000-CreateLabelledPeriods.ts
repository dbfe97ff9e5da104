import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Label coverage needs "was this EPN labelled on day D?" for any day of the last decades, for
 * 100,000 EPN, in milliseconds. The answer is derived once from the append-only label history into
 * `epn.labelled_period`, and kept true by statement-level triggers on `label_event`, so every writer
 * (mutations, imports, the seed) keeps it consistent without knowing it exists.
 *
 * Definition — an EPN is labelled on day D (calendar day in Europe/Paris) when, at the end of D, one
 * of its labels is ACTIVE: from the day of its AWARDED event (or REINSTATED), until the day of a
 * SUSPENDED or WITHDRAWN event, which no longer counts. A suspended label does not count.
 */
export class CreateLabelledPeriods1767830400000 implements MigrationInterface {
  name = 'CreateLabelledPeriods1767830400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE epn.labelled_period (
        epn_id uuid NOT NULL,
        during daterange NOT NULL,
        CONSTRAINT labelled_period_pkey PRIMARY KEY (epn_id, during),
        CONSTRAINT fk_labelled_period_epn FOREIGN KEY (epn_id) REFERENCES epn.epn (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX idx_labelled_period_during ON epn.labelled_period USING gist (during)`);

    // Each event sets its label's state until the label's next event; active spans of all the labels
    // of an EPN are then merged into disjoint periods (gaps and islands), open-ended while active.
    await db.query(`
      CREATE FUNCTION epn.labelled_periods_of(epn_ids uuid[]) RETURNS TABLE (epn_id uuid, during daterange)
      LANGUAGE sql STABLE AS $$
        WITH steps AS (
          SELECT ev.epn_id, ev.action IN ('AWARDED', 'REINSTATED') AS active,
                 (ev.occurred_at AT TIME ZONE 'Europe/Paris')::date AS first_day,
                 (lead(ev.occurred_at) OVER (
                   PARTITION BY ev.label_id
                   ORDER BY ev.occurred_at, array_position(ARRAY['AWARDED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN'], ev.action), ev.id
                 ) AT TIME ZONE 'Europe/Paris')::date AS end_day
          FROM epn.label_event ev
          WHERE ev.epn_id = ANY (epn_ids)
        ),
        spans AS (
          SELECT s.epn_id, s.first_day, coalesce(s.end_day, 'infinity'::date) AS end_day
          FROM steps s
          WHERE s.active AND (s.end_day IS NULL OR s.end_day > s.first_day)
        ),
        marked AS (
          SELECT sp.*, CASE WHEN sp.first_day <= max(sp.end_day) OVER (
                   PARTITION BY sp.epn_id ORDER BY sp.first_day, sp.end_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
                 ) THEN 0 ELSE 1 END AS starts_island
          FROM spans sp
        ),
        islands AS (
          SELECT m.*, sum(m.starts_island) OVER (PARTITION BY m.epn_id ORDER BY m.first_day, m.end_day) AS island
          FROM marked m
        )
        SELECT i.epn_id, daterange(min(i.first_day), nullif(max(i.end_day), 'infinity'::date))
        FROM islands i
        GROUP BY i.epn_id, i.island
      $$`);

    // Rows of the same EPN are locked first, so two transactions changing one EPN's labels rebuild
    // its periods one after the other, each from the history the other committed.
    await db.query(`
      CREATE FUNCTION epn.refresh_labelled_periods() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT c.epn_id) INTO ids FROM changed_events c;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT c.epn_id) INTO ids FROM previous_events c;
        ELSE
          SELECT array_agg(DISTINCT u.epn_id) INTO ids
          FROM (SELECT c.epn_id FROM changed_events c UNION SELECT p.epn_id FROM previous_events p) u;
        END IF;
        IF ids IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM 1 FROM epn.epn e WHERE e.id = ANY (ids) ORDER BY e.id FOR NO KEY UPDATE;
        DELETE FROM epn.labelled_period p WHERE p.epn_id = ANY (ids);
        INSERT INTO epn.labelled_period (epn_id, during)
          SELECT lp.epn_id, lp.during FROM epn.labelled_periods_of(ids) lp
          WHERE EXISTS (SELECT 1 FROM epn.epn e WHERE e.id = lp.epn_id);
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE TRIGGER trg_label_event_inserted AFTER INSERT ON epn.label_event
      REFERENCING NEW TABLE AS changed_events
      FOR EACH STATEMENT EXECUTE FUNCTION epn.refresh_labelled_periods()`);
    await db.query(`
      CREATE TRIGGER trg_label_event_updated AFTER UPDATE ON epn.label_event
      REFERENCING OLD TABLE AS previous_events NEW TABLE AS changed_events
      FOR EACH STATEMENT EXECUTE FUNCTION epn.refresh_labelled_periods()`);
    await db.query(`
      CREATE TRIGGER trg_label_event_deleted AFTER DELETE ON epn.label_event
      REFERENCING OLD TABLE AS previous_events
      FOR EACH STATEMENT EXECUTE FUNCTION epn.refresh_labelled_periods()`);

    await db.query(`
      INSERT INTO epn.labelled_period (epn_id, during)
      SELECT lp.epn_id, lp.during FROM epn.labelled_periods_of(ARRAY(SELECT e.id FROM epn.epn e)) lp`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER trg_label_event_deleted ON epn.label_event');
    await db.query('DROP TRIGGER trg_label_event_updated ON epn.label_event');
    await db.query('DROP TRIGGER trg_label_event_inserted ON epn.label_event');
    await db.query('DROP FUNCTION epn.refresh_labelled_periods()');
    await db.query('DROP FUNCTION epn.labelled_periods_of(uuid[])');
    await db.query('DROP TABLE epn.labelled_period');
  }
}
