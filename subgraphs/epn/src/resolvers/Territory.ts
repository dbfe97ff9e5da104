import { territoryReferenceResolvers } from '../../../kit/src';
import type { TerritoryResolvers } from '../__generated__/resolvers-types';

export const Territory: TerritoryResolvers = {
  ...territoryReferenceResolvers,
  epns: (territory, { first, after }, { epns }) => epns.inTerritory({ level: territory.level, code: territory.code }, { first, after }),
  labelCoverage: (territory, { date }, { coverage }) => coverage.ofTerritory(territory, date),
};
