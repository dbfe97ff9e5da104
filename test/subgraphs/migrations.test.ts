import pino from 'pino';
import type { DataSource } from 'typeorm';
import { migrate } from '../../subgraphs/kit/src';
import { nationalSubgraphs } from '../../subgraphs/national';
import { regionalTemplateSubgraph } from '../../subgraphs/regional-template/src';
import { REGISTRY_SCHEMA, registryDataSource } from '../../gateway/src/registry';
import { subgraphDataSource } from '../../scripts/lib/runtime';
import { createTestDatabase, type TestDatabase } from '../support/database';

const silent = pino({ level: 'silent' });

async function expectNoSchemaDiff(dataSource: DataSource): Promise<void> {
  const pending = await dataSource.showMigrations();
  expect(pending).toBe(false);
  const diff = await dataSource.driver.createSchemaBuilder().log();
  expect(diff.upQueries.map((q) => q.query)).toEqual([]);
}

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it.each(nationalSubgraphs.map((d) => [d.name, d] as const))('%s: migrations produce exactly the schema its entities describe', async (_name, definition) => {
    const dataSource = subgraphDataSource(definition, database.url, silent, 1);
    await dataSource.initialize();
    try {
      await expectNoSchemaDiff(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });

  it('the regional template: its migrations produce exactly the schema its entities describe', async () => {
    const dataSource = subgraphDataSource(regionalTemplateSubgraph, database.url, silent, 1);
    await dataSource.initialize();
    try {
      expect(await migrate(dataSource, regionalTemplateSubgraph.databaseSchema, silent)).toEqual(['CreateRegionalTemplateTables1767398400000']);
      await expectNoSchemaDiff(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });

  it('the gateway registry: its migrations produce exactly the schema its entities describe', async () => {
    const dataSource = registryDataSource(database.url, silent, 1);
    await dataSource.initialize();
    try {
      expect(await migrate(dataSource, REGISTRY_SCHEMA, silent)).toEqual(['CreateRegistryTables1767312000000']);
      await expectNoSchemaDiff(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });

  it('every subgraph owns its own PostgreSQL schema', () => {
    const schemas = [...nationalSubgraphs, regionalTemplateSubgraph].map((d) => d.databaseSchema);
    expect(new Set(schemas).size).toBe(schemas.length);
    expect(schemas).toEqual(['adherents', 'epn', 'resources', 'events', 'regional_template']);
  });
});
