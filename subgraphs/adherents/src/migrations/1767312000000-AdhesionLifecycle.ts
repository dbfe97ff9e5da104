import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The adhesion lifecycle's writes: when a rejection happened, and the trail of every step. */
export class AdhesionLifecycle1767312000000 implements MigrationInterface {
  name = 'AdhesionLifecycle1767312000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE adherents.adhesion ADD COLUMN rejected_at timestamptz`);
    await db.query(`
      CREATE TABLE adherents.adhesion_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        adhesion_id uuid NOT NULL,
        action text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_subject text,
        actor_role text NOT NULL,
        reason text,
        CONSTRAINT adhesion_event_pkey PRIMARY KEY (id),
        CONSTRAINT fk_adhesion_event_adhesion FOREIGN KEY (adhesion_id) REFERENCES adherents.adhesion (id) ON DELETE CASCADE,
        CONSTRAINT chk_adhesion_event_action CHECK (action IN ('REGISTERED', 'PREFECTURE_COPY_SENT', 'VALIDATED', 'REJECTED', 'WITHDRAWN'))
      )`);
    await db.query(`CREATE INDEX idx_adhesion_event_adhesion ON adherents.adhesion_event (adhesion_id, occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE adherents.adhesion_event');
    await db.query('ALTER TABLE adherents.adhesion DROP COLUMN rejected_at');
  }
}
