import type { RegionalTemplateWorkshopResolvers } from '../__generated__/resolvers-types';

export const RegionalTemplateWorkshop: RegionalTemplateWorkshopResolvers = {
  epn: (workshop) => (workshop.epnId ? { id: workshop.epnId } : null),
  commune: (workshop) => ({ level: 'COMMUNE', code: workshop.communeCode }),
};
