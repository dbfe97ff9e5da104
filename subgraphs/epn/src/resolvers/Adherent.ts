import type { AdherentResolvers } from '../__generated__/resolvers-types';

export const Adherent: AdherentResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  labelledEpns: (adherent, { first, after }, { epns }) => epns.labelledBy(adherent.id, { first, after }),
  labelRequests: (adherent, { status, first, after }, { labels, viewer }) => labels.requestsFor(viewer, adherent.id, status, { first, after }),
};
