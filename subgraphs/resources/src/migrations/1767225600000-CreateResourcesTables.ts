import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateResourcesTables1767225600000 implements MigrationInterface {
  name = 'CreateResourcesTables1767225600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE resources.resource (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        url text NOT NULL,
        reserved boolean NOT NULL DEFAULT false,
        published_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT resource_pkey PRIMARY KEY (id),
        CONSTRAINT chk_resource_kind CHECK (kind IN ('PIM_FRAMEWORK', 'LEGAL_GUIDE', 'TUTORIAL', 'ONLINE_COURSE', 'SIGNAGE_KIT', 'NEWS_WATCH'))
      )`);
    await db.query(`CREATE INDEX idx_resource_published ON resources.resource (published_on)`);
    await db.query(`CREATE INDEX idx_resource_kind ON resources.resource (kind, published_on)`);
    await db.query(`CREATE INDEX idx_resource_reserved ON resources.resource (published_on) WHERE reserved`);

    await db.query(`
      CREATE TABLE resources.partner_offer (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partner text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        category text NOT NULL,
        discount text NOT NULL,
        conditions text,
        valid_from date NOT NULL,
        valid_until date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT partner_offer_pkey PRIMARY KEY (id),
        CONSTRAINT chk_partner_offer_category CHECK (category IN ('HARDWARE', 'SOFTWARE', 'SERVICE', 'TRAINING')),
        CONSTRAINT chk_partner_offer_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    await db.query(`CREATE INDEX idx_partner_offer_validity ON resources.partner_offer (valid_from, valid_until)`);

    await db.query(`
      CREATE TABLE resources.offer_claim (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL,
        epn_id uuid NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        claimed_by text,
        CONSTRAINT offer_claim_pkey PRIMARY KEY (id),
        CONSTRAINT fk_offer_claim_offer FOREIGN KEY (offer_id) REFERENCES resources.partner_offer (id) ON DELETE RESTRICT
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_offer_claim_offer_epn ON resources.offer_claim (offer_id, epn_id)`);
    await db.query(`CREATE INDEX idx_offer_claim_epn ON resources.offer_claim (epn_id)`);

    await db.query(`
      CREATE TABLE resources.pim_certification (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        epn_id uuid NOT NULL,
        holder_name text NOT NULL,
        holder_email text,
        level text NOT NULL,
        certified_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pim_certification_pkey PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX idx_pim_certification_epn ON resources.pim_certification (epn_id, certified_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE resources.pim_certification, resources.offer_claim, resources.partner_offer, resources.resource');
  }
}
