import { addCacheTags, entityTag } from '../../../kit/src';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  claimOffer: async (_root, { epnId, offerId }, context) => {
    const claim = await context.offers.claim(context.viewer, epnId, offerId);
    // The offer's claim count changed: refresh cached answers that hold this offer.
    addCacheTags(context, entityTag('PartnerOffer', claim.offerId));
    return claim;
  },
};
