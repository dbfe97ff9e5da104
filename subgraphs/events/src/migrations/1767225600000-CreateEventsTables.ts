import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEventsTables1767225600000 implements MigrationInterface {
  name = 'CreateEventsTables1767225600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE events.event_edition (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        name text NOT NULL,
        year integer NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        national_partners text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_edition_pkey PRIMARY KEY (id),
        CONSTRAINT chk_event_edition_kind CHECK (kind IN ('FETE_DE_L_INTERNET', 'NATIONAL_MOMENT')),
        CONSTRAINT chk_event_edition_dates CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX idx_event_edition_starts ON events.event_edition (starts_on)`);
    // One Fête de l'Internet a year.
    await db.query(`CREATE UNIQUE INDEX uq_event_edition_fete_year ON events.event_edition (year) WHERE kind = 'FETE_DE_L_INTERNET'`);

    await db.query(`
      CREATE TABLE events.event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        edition_id uuid,
        title text NOT NULL,
        description text,
        organiser_kind text NOT NULL,
        epn_id uuid,
        organiser_adherent_id uuid,
        commune_code text NOT NULL,
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        audience text NOT NULL,
        capacity integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_pkey PRIMARY KEY (id),
        CONSTRAINT fk_event_edition FOREIGN KEY (edition_id) REFERENCES events.event_edition (id) ON DELETE RESTRICT,
        CONSTRAINT chk_event_organiser_kind CHECK (organiser_kind IN ('EPN', 'ADHERENT')),
        CONSTRAINT chk_event_organiser CHECK (
          (organiser_kind = 'EPN' AND epn_id IS NOT NULL AND organiser_adherent_id IS NULL)
          OR (organiser_kind = 'ADHERENT' AND organiser_adherent_id IS NOT NULL)),
        CONSTRAINT chk_event_audience CHECK (audience IN ('ALL', 'YOUTH', 'SENIORS', 'FAMILIES', 'JOBSEEKERS', 'PROFESSIONALS')),
        CONSTRAINT chk_event_capacity CHECK (capacity > 0),
        CONSTRAINT chk_event_dates CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX idx_event_epn ON events.event (epn_id, starts_at)`);
    await db.query(`CREATE INDEX idx_event_commune ON events.event (commune_code, starts_at)`);
    await db.query(`CREATE INDEX idx_event_edition ON events.event (edition_id)`);
    await db.query(`CREATE INDEX idx_event_adherent ON events.event (organiser_adherent_id, starts_at)`);
    await db.query(`CREATE INDEX idx_event_starts ON events.event (starts_at)`);

    await db.query(`
      CREATE TABLE events.registration (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        full_name text NOT NULL,
        email text NOT NULL,
        status text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        CONSTRAINT registration_pkey PRIMARY KEY (id),
        CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES events.event (id) ON DELETE CASCADE,
        CONSTRAINT chk_registration_status CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
        CONSTRAINT chk_registration_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX idx_registration_event_status ON events.registration (event_id, status, sequence)`);
    // One active registration per person and event; a cancelled one does not block registering again.
    await db.query(`CREATE UNIQUE INDEX uq_registration_event_email ON events.registration (event_id, email) WHERE status <> 'CANCELLED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE events.registration, events.event, events.event_edition');
  }
}
