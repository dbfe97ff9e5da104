import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistryTables1767312000000 implements MigrationInterface {
  name = 'CreateRegistryTables1767312000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registry.subgraph (
        name text NOT NULL,
        kind text NOT NULL,
        url text NOT NULL,
        owner text,
        current_version_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT subgraph_pkey PRIMARY KEY (name),
        CONSTRAINT chk_subgraph_kind CHECK (kind IN ('NATIONAL', 'REGIONAL'))
      )`);
    await db.query(`
      CREATE TABLE registry.subgraph_version (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        subgraph_name text NOT NULL,
        sdl text NOT NULL,
        sdl_hash text NOT NULL,
        url text NOT NULL,
        published_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT subgraph_version_pkey PRIMARY KEY (id),
        CONSTRAINT fk_subgraph_version_subgraph FOREIGN KEY (subgraph_name) REFERENCES registry.subgraph (name) ON DELETE RESTRICT
      )`);
    await db.query(`CREATE INDEX idx_subgraph_version_subgraph ON registry.subgraph_version (subgraph_name, created_at)`);
    await db.query(`
      ALTER TABLE registry.subgraph ADD CONSTRAINT fk_subgraph_current_version
        FOREIGN KEY (current_version_id) REFERENCES registry.subgraph_version (id) ON DELETE RESTRICT`);
    await db.query(`
      CREATE TABLE registry.supergraph_version (
        version integer GENERATED ALWAYS AS IDENTITY,
        supergraph_sdl text NOT NULL,
        api_schema_sdl text NOT NULL,
        supergraph_hash text NOT NULL,
        action text NOT NULL,
        subgraph_name text,
        rolled_back_to integer,
        published_by text NOT NULL,
        publisher_role text NOT NULL,
        breaking_override boolean NOT NULL DEFAULT false,
        changes jsonb NOT NULL,
        composition_ms integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT supergraph_version_pkey PRIMARY KEY (version),
        CONSTRAINT chk_supergraph_version_action CHECK (action IN ('BOOTSTRAP', 'SYNC_NATIONAL', 'PUBLISH', 'REMOVE', 'ROLLBACK'))
      )`);
    await db.query(`
      CREATE TABLE registry.supergraph_version_subgraph (
        supergraph_version integer NOT NULL,
        subgraph_version_id uuid NOT NULL,
        CONSTRAINT supergraph_version_subgraph_pkey PRIMARY KEY (supergraph_version, subgraph_version_id),
        CONSTRAINT fk_supergraph_version_subgraph_supergraph FOREIGN KEY (supergraph_version) REFERENCES registry.supergraph_version (version) ON DELETE CASCADE,
        CONSTRAINT fk_supergraph_version_subgraph_subgraph_version FOREIGN KEY (subgraph_version_id) REFERENCES registry.subgraph_version (id) ON DELETE RESTRICT
      )`);
    await db.query(`CREATE INDEX idx_supergraph_version_subgraph_version ON registry.supergraph_version_subgraph (subgraph_version_id)`);
    await db.query(`
      CREATE TABLE registry.current_supergraph (
        singleton boolean NOT NULL DEFAULT true,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT current_supergraph_pkey PRIMARY KEY (singleton),
        CONSTRAINT chk_current_supergraph_singleton CHECK (singleton),
        CONSTRAINT fk_current_supergraph_version FOREIGN KEY (version) REFERENCES registry.supergraph_version (version) ON DELETE RESTRICT
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE registry.subgraph DROP CONSTRAINT fk_subgraph_current_version');
    await db.query('DROP TABLE registry.current_supergraph, registry.supergraph_version_subgraph, registry.supergraph_version, registry.subgraph_version, registry.subgraph');
  }
}
