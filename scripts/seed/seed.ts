import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Logger } from '../../subgraphs/kit/src';
import { nationalSubgraphs } from '../../subgraphs/national';
import { subgraphDataSource } from '../lib/runtime';
import { generateDataset, type Dataset, type Row } from './generate';

/** Which rows go to which subgraph's entity, in foreign-key order. */
const PLAN: { subgraph: string; entity: string; rows: (d: Dataset) => Row[] }[] = [
  { subgraph: 'adherents', entity: 'AdherentEntity', rows: (d) => d.adherents },
  { subgraph: 'adherents', entity: 'AdhesionEntity', rows: (d) => d.adhesions },
  { subgraph: 'adherents', entity: 'ContactEntity', rows: (d) => d.contacts },
  { subgraph: 'adherents', entity: 'PaysCommuneEntity', rows: (d) => d.paysCommunes },
  { subgraph: 'epn', entity: 'EpnEntity', rows: (d) => d.epns },
  { subgraph: 'epn', entity: 'MediatorEntity', rows: (d) => d.mediators },
  { subgraph: 'epn', entity: 'LabelEntity', rows: (d) => d.labels },
  { subgraph: 'epn', entity: 'LabelEventEntity', rows: (d) => d.labelEvents },
  { subgraph: 'epn', entity: 'LabelRequestEntity', rows: (d) => d.labelRequests },
  { subgraph: 'resources', entity: 'ResourceEntity', rows: (d) => d.resources },
  { subgraph: 'resources', entity: 'PartnerOfferEntity', rows: (d) => d.partnerOffers },
  { subgraph: 'resources', entity: 'OfferClaimEntity', rows: (d) => d.offerClaims },
  { subgraph: 'resources', entity: 'PimCertificationEntity', rows: (d) => d.pimCertifications },
  { subgraph: 'events', entity: 'EventEditionEntity', rows: (d) => d.editions },
  { subgraph: 'events', entity: 'EventEntity', rows: (d) => d.events },
  { subgraph: 'events', entity: 'RegistrationEntity', rows: (d) => d.registrations },
];

export interface SeedDatabaseOptions {
  logger: Logger;
  seed?: number;
  epnCount?: number;
  /** "Today" for the generated histories and upcoming events; the current day by default. */
  referenceDay?: Date;
  /** Empty every seeded table first (otherwise existing rows are kept: seeding twice changes nothing). */
  force?: boolean;
  progress?: boolean;
}

export async function isSeeded(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM epn.epn) AS seeded');
    return result.rows[0].seeded;
  } finally {
    await client.end();
  }
}

/**
 * Writes the deterministic national dataset. Rows have fixed ids and are inserted with
 * ON CONFLICT DO NOTHING, so running it again is harmless; each subgraph's part is one transaction.
 */
export async function seedDatabase(url: string, options: SeedDatabaseOptions): Promise<Record<string, number>> {
  const { logger } = options;
  const started = Date.now();
  const referenceDay = options.referenceDay ?? new Date(new Date().toISOString().slice(0, 10));
  const dataset = generateDataset({ seed: options.seed ?? 2007, epnCount: options.epnCount ?? 5000, referenceDay });
  const total = PLAN.reduce((sum, step) => sum + step.rows(dataset).length, 0);
  const bar = options.progress && process.stderr.isTTY ? new SingleBar({ format: 'seeding {bar} {percentage}% | {value}/{total} rows | {table}', stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(total, 0, { table: '' });
  const counts: Record<string, number> = {};
  for (const definition of nationalSubgraphs) {
    const steps = PLAN.filter((step) => step.subgraph === definition.name);
    const dataSource = subgraphDataSource(definition, url, logger, 2);
    await dataSource.initialize();
    try {
      await dataSource.transaction(async (manager) => {
        const entityOf = (name: string) => {
          const entity = (definition.entities as Function[]).find((e) => e.name === name);
          if (!entity) throw new Error(`The ${definition.name} subgraph has no entity ${name}`);
          return entity as EntityTarget<ObjectLiteral>;
        };
        if (options.force) {
          const tables = steps.map((step) => manager.getRepository(entityOf(step.entity)).metadata).map((m) => `"${m.schema}"."${m.tableName}"`);
          await manager.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
        }
        for (const step of steps) {
          const entity = entityOf(step.entity);
          const rows = step.rows(dataset);
          const columns = manager.getRepository(entity).metadata.columns.length;
          const chunk = Math.max(1, Math.floor(30_000 / Math.max(1, columns)));
          for (let i = 0; i < rows.length; i += chunk) {
            await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + chunk)).orIgnore().updateEntity(false).execute();
            bar?.increment(Math.min(chunk, rows.length - i), { table: `${definition.name}.${step.entity.replace(/Entity$/, '')}` });
          }
          counts[`${definition.databaseSchema}.${manager.getRepository(entity).metadata.tableName}`] = rows.length;
          if (!bar && options.progress) logger.info({ table: step.entity, rows: rows.length }, 'seeded');
        }
      });
      await definition.maintain?.(dataSource, logger);
    } finally {
      await dataSource.destroy();
    }
  }
  bar?.stop();
  logger.info({ durationMs: Date.now() - started, rows: counts }, 'national dataset seeded');
  return counts;
}
