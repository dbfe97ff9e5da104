import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAdherentsTables1767225600000 implements MigrationInterface {
  name = 'CreateAdherentsTables1767225600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE adherents.adherent (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        name text NOT NULL,
        siren text,
        territory_level text,
        territory_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT adherent_pkey PRIMARY KEY (id),
        CONSTRAINT chk_adherent_kind CHECK (kind IN ('REGION', 'DEPARTEMENT', 'COMMUNE', 'EPCI', 'PAYS', 'PUBLIC_BODY', 'ASSOCIATION', 'REPRESENTATIVE_ASSOCIATION')),
        CONSTRAINT chk_adherent_siren CHECK (siren ~ '^[0-9]{9}$'),
        CONSTRAINT chk_adherent_territory_level CHECK (territory_level IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')),
        CONSTRAINT chk_adherent_territory_pair CHECK ((territory_level IS NULL) = (territory_code IS NULL)),
        CONSTRAINT chk_adherent_ressort CHECK (
          (kind IN ('REGION', 'DEPARTEMENT', 'COMMUNE', 'EPCI') AND territory_level = kind)
          OR (kind = 'PAYS' AND territory_level IS NULL)
          OR kind IN ('PUBLIC_BODY', 'ASSOCIATION', 'REPRESENTATIVE_ASSOCIATION'))
      )`);
    await db.query(`CREATE INDEX idx_adherent_name ON adherents.adherent (name)`);
    await db.query(`CREATE INDEX idx_adherent_territory ON adherents.adherent (territory_level, territory_code)`);
    await db.query(`CREATE UNIQUE INDEX uq_adherent_siren ON adherents.adherent (siren) WHERE siren IS NOT NULL`);

    await db.query(`
      CREATE TABLE adherents.adhesion (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        adherent_id uuid NOT NULL,
        charter_version integer NOT NULL,
        signed_on date NOT NULL,
        signatory_title text NOT NULL,
        signatory_name text,
        prefecture_copy_sent_on date,
        status text NOT NULL,
        validated_at timestamptz,
        validated_by text,
        decision_reason text,
        withdrawn_at timestamptz,
        withdrawal_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT adhesion_pkey PRIMARY KEY (id),
        CONSTRAINT fk_adhesion_adherent FOREIGN KEY (adherent_id) REFERENCES adherents.adherent (id) ON DELETE RESTRICT,
        CONSTRAINT chk_adhesion_status CHECK (status IN ('SIGNED', 'SENT_TO_PREFECTURE', 'VALIDATED', 'REJECTED', 'WITHDRAWN')),
        CONSTRAINT chk_adhesion_charter_version CHECK (charter_version IN (2007, 2016)),
        CONSTRAINT chk_adhesion_validated CHECK (status <> 'VALIDATED' OR validated_at IS NOT NULL),
        CONSTRAINT chk_adhesion_rejected CHECK (status <> 'REJECTED' OR decision_reason IS NOT NULL),
        CONSTRAINT chk_adhesion_withdrawn CHECK (status <> 'WITHDRAWN' OR withdrawn_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX idx_adhesion_adherent ON adherents.adhesion (adherent_id, signed_on)`);
    // At most one adhesion in force per adherent: signing again means the previous one ended first.
    await db.query(
      `CREATE UNIQUE INDEX uq_adhesion_live_per_adherent ON adherents.adhesion (adherent_id) WHERE status IN ('SIGNED', 'SENT_TO_PREFECTURE', 'VALIDATED')`,
    );

    await db.query(`
      CREATE TABLE adherents.contact (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        adherent_id uuid NOT NULL,
        full_name text NOT NULL,
        email text,
        phone text,
        role_title text,
        CONSTRAINT contact_pkey PRIMARY KEY (id),
        CONSTRAINT fk_contact_adherent FOREIGN KEY (adherent_id) REFERENCES adherents.adherent (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX idx_contact_adherent ON adherents.contact (adherent_id)`);

    await db.query(`
      CREATE TABLE adherents.pays_commune (
        adherent_id uuid NOT NULL,
        commune_code text NOT NULL,
        CONSTRAINT pays_commune_pkey PRIMARY KEY (adherent_id, commune_code),
        CONSTRAINT fk_pays_commune_adherent FOREIGN KEY (adherent_id) REFERENCES adherents.adherent (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX idx_pays_commune_commune ON adherents.pays_commune (commune_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE adherents.pays_commune, adherents.contact, adherents.adhesion, adherents.adherent');
  }
}
