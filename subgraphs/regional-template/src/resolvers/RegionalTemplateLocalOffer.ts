import type { RegionalTemplateLocalOfferResolvers } from '../__generated__/resolvers-types';

export const RegionalTemplateLocalOffer: RegionalTemplateLocalOfferResolvers = {
  territory: (offer) => ({ level: offer.territoryLevel, code: offer.territoryCode }),
};
