import { readFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { geography } from './geography';
import type { Logger } from './logger';

/**
 * The official geography as read-only SQL tables in the `geo` schema, so that aggregates (label
 * coverage, directory filters by territory) join on it inside PostgreSQL. It is reference data, not a
 * subgraph's data: every table is rebuilt from `@etalab/decoupage-administratif` whenever the
 * package version changes (communes merge every year).
 */
const DDL = `
CREATE SCHEMA IF NOT EXISTS geo;
CREATE TABLE IF NOT EXISTS geo.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS geo.region (code text PRIMARY KEY, name text NOT NULL, population integer NOT NULL, zone text);
CREATE TABLE IF NOT EXISTS geo.departement (code text PRIMARY KEY, name text NOT NULL, region_code text NOT NULL, population integer NOT NULL, zone text);
CREATE TABLE IF NOT EXISTS geo.epci (code text PRIMARY KEY, name text NOT NULL, kind text, population integer NOT NULL);
CREATE TABLE IF NOT EXISTS geo.commune (
  code text PRIMARY KEY, name text NOT NULL, departement_code text NOT NULL, region_code text NOT NULL,
  epci_code text, population integer NOT NULL, zone text);
CREATE INDEX IF NOT EXISTS idx_geo_commune_departement ON geo.commune (departement_code);
CREATE INDEX IF NOT EXISTS idx_geo_commune_region ON geo.commune (region_code);
CREATE INDEX IF NOT EXISTS idx_geo_commune_epci ON geo.commune (epci_code);
`;

function packageVersion(): string {
  const file = require.resolve('@etalab/decoupage-administratif/package.json');
  return `@etalab/decoupage-administratif@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
}

/** Creates and (re)loads the geo tables when missing or built from another package version. */
export async function ensureGeoReference(dataSource: DataSource, logger: Logger): Promise<boolean> {
  const version = packageVersion();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    // One loader at a time when several processes start together (containers).
    await runner.query('SELECT pg_advisory_xact_lock(7243001)');
    await runner.query(DDL);
    const current = await runner.query(`SELECT value FROM geo.meta WHERE key = 'version'`);
    if (current[0]?.value === version) {
      await runner.commitTransaction();
      return false;
    }
    const g = geography();
    await runner.query('TRUNCATE geo.region, geo.departement, geo.epci, geo.commune');
    const regions = g.all('REGION');
    await runner.query(
      'INSERT INTO geo.region SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])',
      [regions.map((t) => t.code), regions.map((t) => t.name), regions.map((t) => t.population), regions.map((t) => t.zone)],
    );
    const departements = g.all('DEPARTEMENT');
    await runner.query(
      'INSERT INTO geo.departement SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[])',
      [departements.map((t) => t.code), departements.map((t) => t.name), departements.map((t) => t.regionCode), departements.map((t) => t.population), departements.map((t) => t.zone)],
    );
    const epcis = g.all('EPCI');
    await runner.query(
      'INSERT INTO geo.epci SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])',
      [epcis.map((t) => t.code), epcis.map((t) => t.name), epcis.map((t) => t.kind), epcis.map((t) => t.population)],
    );
    const communes = g.all('COMMUNE');
    await runner.query(
      'INSERT INTO geo.commune SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])',
      [
        communes.map((t) => t.code), communes.map((t) => t.name), communes.map((t) => t.departementCode), communes.map((t) => t.regionCode),
        communes.map((t) => t.epciCode), communes.map((t) => t.population), communes.map((t) => t.zone),
      ],
    );
    await runner.query(`INSERT INTO geo.meta (key, value) VALUES ('version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [version]);
    await runner.query('ANALYZE geo.commune');
    await runner.commitTransaction();
    logger.info({ version, regions: regions.length, departements: departements.length, epcis: epcis.length, communes: communes.length }, 'official geography loaded');
    return true;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** SQL condition on a commune code column for "inside this territory", using the geo tables. */
export function territorySql(column: string, level: string, parameter: string): string | null {
  switch (level) {
    case 'COUNTRY':
      return null;
    case 'COMMUNE':
      return `${column} = ${parameter}`;
    case 'DEPARTEMENT':
      return `${column} IN (SELECT code FROM geo.commune WHERE departement_code = ${parameter})`;
    case 'REGION':
      return `${column} IN (SELECT code FROM geo.commune WHERE region_code = ${parameter})`;
    case 'EPCI':
      return `${column} IN (SELECT code FROM geo.commune WHERE epci_code = ${parameter})`;
    default:
      throw new Error(`Unknown territory level ${level}`);
  }
}
