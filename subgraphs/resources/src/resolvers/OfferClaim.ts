import type { OfferClaimResolvers } from '../__generated__/resolvers-types';

export const OfferClaim: OfferClaimResolvers = {
  offer: async (claim, _args, { offers }) => {
    const offer = await offers.get(claim.offerId);
    if (!offer) throw new Error(`Offer claim ${claim.id} refers to a missing offer ${claim.offerId}`);
    return offer;
  },
  epn: (claim) => ({ id: claim.epnId }),
};
