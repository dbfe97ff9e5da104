import pino from 'pino';
import type { DataSource } from 'typeorm';
import { ANONYMOUS, createApolloSubgraph, type SubgraphDefinition, type Viewer } from '../../subgraphs/kit/src';
import { subgraphDataSource } from '../../scripts/lib/runtime';
import { createTestDatabase, type TestDatabase } from './database';

export interface SubgraphHarness {
  dataSource: DataSource;
  database: TestDatabase;
  /** Runs an operation in-process against the real schema and a real database, as `viewer`. */
  execute<T = any>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<{ data?: T; errors?: readonly any[] }>;
  close(): Promise<void>;
}

export async function openSubgraph(definition: SubgraphDefinition<any>): Promise<SubgraphHarness> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const database = await createTestDatabase();
  const dataSource = subgraphDataSource(definition, database.url, logger);
  await dataSource.initialize();
  const server = createApolloSubgraph(definition, logger);
  await server.start();
  return {
    dataSource,
    database,
    execute: async (query, variables, viewer = ANONYMOUS) => {
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: definition.createContext({ viewer, requestId: 'test', logger }, dataSource) },
      );
      if (response.body.kind !== 'single') throw new Error('Expected a single result');
      return response.body.singleResult as { data?: any; errors?: readonly any[] };
    },
    close: async () => {
      await server.stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
