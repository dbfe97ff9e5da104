import path from 'node:path';
import type { SubgraphDefinition } from '../../kit/src';
import { createContext, type EpnContext } from './context';
import { entities } from './entities';
import { importRoute } from './import/http';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { maintainDirectory } from './services/directory-maintenance';

export const epnSubgraph: SubgraphDefinition<EpnContext> = {
  name: 'epn',
  schemaFile: path.join(__dirname, '..', 'schema.graphql'),
  databaseSchema: 'epn',
  entities,
  migrations,
  resolvers,
  createContext,
  readsGraph: true,
  routes: [importRoute()],
  maintain: maintainDirectory,
};
