import path from 'node:path';
import type { SubgraphDefinition } from '../../kit/src';
import { createContext, type EventsContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const eventsSubgraph: SubgraphDefinition<EventsContext> = {
  name: 'events',
  schemaFile: path.join(__dirname, '..', 'schema.graphql'),
  databaseSchema: 'events',
  entities,
  migrations,
  resolvers,
  createContext,
  readsGraph: true,
};
