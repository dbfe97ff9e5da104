import type { TerritoryResolvers } from '../__generated__/resolvers-types';

export const Territory: TerritoryResolvers = {
  // The epn subgraph serves the territory itself; here it is only a key to hang adherents on.
  __resolveReference: (ref) => ({ level: ref.level, code: ref.code }),
  adherents: (territory, { first, after }, { adherents }) => adherents.covering(territory, { first, after }),
};
