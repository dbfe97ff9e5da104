import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEpnTables1767225600000 implements MigrationInterface {
  name = 'CreateEpnTables1767225600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE epn.epn (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        source text,
        source_id text,
        pivot text,
        name text NOT NULL,
        street text NOT NULL,
        address_complement text,
        postal_code text NOT NULL,
        commune_code text NOT NULL,
        latitude double precision,
        longitude double precision,
        venue_type text NOT NULL,
        itinerant boolean NOT NULL DEFAULT false,
        opening_hours text,
        services text[] NOT NULL DEFAULT '{}',
        specific_publics text[] NOT NULL DEFAULT '{}',
        accessibility_support text[] NOT NULL DEFAULT '{}',
        fees text[] NOT NULL DEFAULT '{}',
        access_modes text[] NOT NULL DEFAULT '{}',
        accompaniment_modes text[] NOT NULL DEFAULT '{}',
        national_programmes text[] NOT NULL DEFAULT '{}',
        training_labels text[] NOT NULL DEFAULT '{}',
        other_labels text,
        typologies text[] NOT NULL DEFAULT '{}',
        equipment jsonb NOT NULL,
        summary text,
        description text,
        phone text,
        emails text[] NOT NULL DEFAULT '{}',
        websites text[] NOT NULL DEFAULT '{}',
        accessibility_url text,
        appointment_url text,
        parent_structure text,
        declared_by_adherent_id uuid,
        data_updated_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT epn_pkey PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX idx_epn_commune ON epn.epn (commune_code)`);
    await db.query(`CREATE UNIQUE INDEX uq_epn_source_id ON epn.epn (source, source_id) WHERE source_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE epn.mediator (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        epn_id uuid NOT NULL,
        full_name text NOT NULL,
        email text,
        pim_trained boolean NOT NULL DEFAULT false,
        CONSTRAINT mediator_pkey PRIMARY KEY (id),
        CONSTRAINT fk_mediator_epn FOREIGN KEY (epn_id) REFERENCES epn.epn (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX idx_mediator_epn ON epn.mediator (epn_id)`);

    await db.query(`
      CREATE TABLE epn.label (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        epn_id uuid NOT NULL,
        status text NOT NULL,
        exceptional boolean NOT NULL DEFAULT false,
        awarded_by_adherent_id uuid,
        charter_version integer NOT NULL,
        awarded_at timestamptz NOT NULL,
        status_changed_at timestamptz NOT NULL,
        criteria jsonb NOT NULL,
        CONSTRAINT label_pkey PRIMARY KEY (id),
        CONSTRAINT fk_label_epn FOREIGN KEY (epn_id) REFERENCES epn.epn (id) ON DELETE CASCADE,
        CONSTRAINT chk_label_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
        CONSTRAINT chk_label_awarder CHECK (exceptional OR awarded_by_adherent_id IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_label_current_per_epn ON epn.label (epn_id) WHERE status <> 'WITHDRAWN'`);
    await db.query(`CREATE INDEX idx_label_awarded_by ON epn.label (awarded_by_adherent_id)`);

    await db.query(`
      CREATE TABLE epn.label_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        label_id uuid NOT NULL,
        epn_id uuid NOT NULL,
        action text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_subject text,
        actor_role text NOT NULL,
        actor_adherent_id uuid,
        reason text,
        CONSTRAINT label_event_pkey PRIMARY KEY (id),
        CONSTRAINT fk_label_event_label FOREIGN KEY (label_id) REFERENCES epn.label (id) ON DELETE CASCADE,
        CONSTRAINT chk_label_event_action CHECK (action IN ('AWARDED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN'))
      )`);
    await db.query(`CREATE INDEX idx_label_event_label ON epn.label_event (label_id, occurred_at)`);
    await db.query(`CREATE INDEX idx_label_event_epn ON epn.label_event (epn_id, occurred_at)`);

    await db.query(`
      CREATE TABLE epn.label_request (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        epn_id uuid NOT NULL,
        adherent_id uuid NOT NULL,
        status text NOT NULL,
        message text,
        requested_at timestamptz NOT NULL,
        requested_by text,
        decided_at timestamptz,
        decision_reason text,
        CONSTRAINT label_request_pkey PRIMARY KEY (id),
        CONSTRAINT fk_label_request_epn FOREIGN KEY (epn_id) REFERENCES epn.epn (id) ON DELETE CASCADE,
        CONSTRAINT chk_label_request_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED'))
      )`);
    await db.query(`CREATE INDEX idx_label_request_adherent ON epn.label_request (adherent_id, status)`);
    await db.query(`CREATE UNIQUE INDEX uq_label_request_pending ON epn.label_request (epn_id) WHERE status = 'PENDING'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE epn.label_request, epn.label_event, epn.label, epn.mediator, epn.epn');
  }
}
