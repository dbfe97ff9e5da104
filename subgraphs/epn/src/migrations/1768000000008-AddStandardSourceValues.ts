import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import and export in the national standard (« lieux de médiation numérique » v1.0.2) without loss:
 * `source_values` keeps the standard's values that the model cannot hold exactly (the commune as the
 * source wrote it, the typology list, itinerance, autres_formations_labels); two indexes serve the
 * importer's fallback match on pivot and the export's stable order.
 */
export class AddStandardSourceValues1768000000008 implements MigrationInterface {
  name = 'AddStandardSourceValues1768000000008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE epn.epn ADD COLUMN source_values jsonb`);
    await db.query(`CREATE INDEX idx_epn_pivot_unsourced ON epn.epn (pivot, commune_code) WHERE source_id IS NULL`);
    // The export's order (source, id in byte order): each page is an index range, not a sort of the table.
    await db.query(`CREATE INDEX idx_epn_export_order ON epn.epn ((coalesce(source, '') COLLATE "C"), (coalesce(source_id, '') COLLATE "C"), id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX epn.idx_epn_export_order`);
    await db.query(`DROP INDEX epn.idx_epn_pivot_unsourced`);
    await db.query(`ALTER TABLE epn.epn DROP COLUMN source_values`);
  }
}
