import path from 'node:path';
import type { SubgraphDefinition } from '../../kit/src';
import { createContext, type AdherentsContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const adherentsSubgraph: SubgraphDefinition<AdherentsContext> = {
  name: 'adherents',
  schemaFile: path.join(__dirname, '..', 'schema.graphql'),
  databaseSchema: 'adherents',
  entities,
  migrations,
  resolvers,
  createContext,
};
