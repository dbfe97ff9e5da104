import path from 'node:path';
import type { SubgraphDefinition } from '../../kit/src';
import { createContext, type RegionalTemplateContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

/** The subgraph's name is its identity in the graph: the registry, the gateway's tokens and the naming rule use it. */
export const regionalTemplateSubgraph: SubgraphDefinition<RegionalTemplateContext> = {
  name: 'regional-template',
  schemaFile: path.join(__dirname, '..', 'schema.graphql'),
  databaseSchema: 'regional_template',
  entities,
  migrations,
  resolvers,
  createContext,
};
