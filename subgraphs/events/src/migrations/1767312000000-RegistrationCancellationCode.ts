import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Registrants cancel with a code given at registration; only its hash is kept. */
export class RegistrationCancellationCode1767312000000 implements MigrationInterface {
  name = 'RegistrationCancellationCode1767312000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE events.registration ADD COLUMN cancellation_code_hash text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE events.registration DROP COLUMN cancellation_code_hash`);
  }
}
