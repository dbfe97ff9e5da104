import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegionalTemplateTables1767398400000 implements MigrationInterface {
  name = 'CreateRegionalTemplateTables1767398400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE regional_template.workshop (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text,
        theme text NOT NULL,
        epn_id uuid,
        commune_code text NOT NULL,
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        seats integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT workshop_pkey PRIMARY KEY (id),
        CONSTRAINT chk_workshop_theme CHECK (theme IN ('ONLINE_PROCEDURES', 'SMARTPHONE_BASICS', 'ONLINE_SAFETY', 'OFFICE_SOFTWARE', 'CREATIVE_DIGITAL')),
        CONSTRAINT chk_workshop_seats CHECK (seats > 0),
        CONSTRAINT chk_workshop_dates CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX idx_workshop_epn ON regional_template.workshop (epn_id, starts_at)`);
    await db.query(`CREATE INDEX idx_workshop_commune ON regional_template.workshop (commune_code, starts_at)`);
    await db.query(`CREATE INDEX idx_workshop_starts ON regional_template.workshop (starts_at)`);

    await db.query(`
      CREATE TABLE regional_template.training_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL,
        programme text,
        host_epn_id uuid,
        commune_code text NOT NULL,
        starts_at timestamptz(3) NOT NULL,
        ends_at timestamptz(3) NOT NULL,
        duration_hours integer NOT NULL,
        seats integer NOT NULL,
        certifying boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_session_pkey PRIMARY KEY (id),
        CONSTRAINT chk_training_session_seats CHECK (seats > 0),
        CONSTRAINT chk_training_session_duration CHECK (duration_hours > 0),
        CONSTRAINT chk_training_session_dates CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX idx_training_session_epn ON regional_template.training_session (host_epn_id, starts_at)`);
    await db.query(`CREATE INDEX idx_training_session_starts ON regional_template.training_session (starts_at)`);

    await db.query(`
      CREATE TABLE regional_template.local_offer (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partner text NOT NULL,
        title text NOT NULL,
        description text,
        territory_level text NOT NULL,
        territory_code text NOT NULL,
        valid_from date NOT NULL,
        valid_until date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT local_offer_pkey PRIMARY KEY (id),
        CONSTRAINT chk_local_offer_level CHECK (territory_level IN ('COUNTRY', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')),
        CONSTRAINT chk_local_offer_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await db.query(`CREATE INDEX idx_local_offer_territory ON regional_template.local_offer (territory_level, territory_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE regional_template.local_offer, regional_template.training_session, regional_template.workshop');
  }
}
