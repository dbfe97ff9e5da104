import type { TerritoryResolvers } from '../__generated__/resolvers-types';

export const Territory: TerritoryResolvers = {
  // The epn subgraph serves the territory's name, population and tree; here it is only a key.
  __resolveReference: (ref) => ({ level: ref.level, code: ref.code }),
  regionalTemplateWorkshops: (territory, { first, after }, { workshops }) => workshops.inTerritory(territory, { first, after }),
};
