import type { PartnerOfferResolvers } from '../__generated__/resolvers-types';

export const PartnerOffer: PartnerOfferResolvers = {
  __resolveReference: (ref, { offers }) => offers.get(ref.id),
  claimCount: (offer, _args, { offers }) => offers.claimCount(offer.id),
};
