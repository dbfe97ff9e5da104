import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  claimOffer: (_root, { epnId, offerId }, { offers, viewer }) => offers.claim(viewer, epnId, offerId),
};
