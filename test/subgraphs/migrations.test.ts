import pino from 'pino';
import { nationalSubgraphs } from '../../subgraphs/national';
import { subgraphDataSource } from '../../scripts/lib/runtime';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it.each(nationalSubgraphs.map((d) => [d.name, d] as const))('%s: migrations produce exactly the schema its entities describe', async (_name, definition) => {
    const dataSource = subgraphDataSource(definition, database.url, pino({ level: 'silent' }), 1);
    await dataSource.initialize();
    try {
      const pending = await dataSource.showMigrations();
      expect(pending).toBe(false);
      const diff = await dataSource.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('every subgraph owns its own PostgreSQL schema', () => {
    const schemas = nationalSubgraphs.map((d) => d.databaseSchema);
    expect(new Set(schemas).size).toBe(schemas.length);
    expect(schemas).toEqual(['adherents', 'epn', 'resources', 'events']);
  });
});
