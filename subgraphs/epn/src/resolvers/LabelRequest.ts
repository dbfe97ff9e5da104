import type { LabelRequestResolvers } from '../__generated__/resolvers-types';

export const LabelRequest: LabelRequestResolvers = {
  __resolveReference: async (ref, { labels }) => labels.request(ref.id),
  epn: async (request, _args, { epns }) => {
    const epn = await epns.get(request.epnId);
    if (!epn) throw new Error(`Label request ${request.id} refers to a missing EPN ${request.epnId}`);
    return epn;
  },
  adherent: (request) => ({ id: request.adherentId }),
};
