import { addCacheTags, entityTag } from '../../../kit/src';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  updateEpnContact: async (_root, { id, input }, context) => {
    const epn = await context.epns.updateContact(context.viewer, id, input);
    // Contact details show on the EPN itself only: cached answers holding this EPN are refreshed.
    addCacheTags(context, entityTag('Epn', epn.id));
    return epn;
  },
};
