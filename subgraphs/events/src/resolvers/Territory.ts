import type { TerritoryResolvers } from '../__generated__/resolvers-types';

export const Territory: TerritoryResolvers = {
  // The epn subgraph serves the territory itself; here it is only a key to hang events on.
  __resolveReference: (ref) => ({ level: ref.level, code: ref.code }),
  events: (territory, { upcoming, first, after }, { events }) => events.inTerritory(territory, upcoming, { first, after }),
};
