import path from 'node:path';
import type { SubgraphDefinition } from '../../kit/src';
import { createContext, type ResourcesContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const resourcesSubgraph: SubgraphDefinition<ResourcesContext> = {
  name: 'resources',
  schemaFile: path.join(__dirname, '..', 'schema.graphql'),
  databaseSchema: 'resources',
  entities,
  migrations,
  resolvers,
  createContext,
  readsGraph: true,
};
