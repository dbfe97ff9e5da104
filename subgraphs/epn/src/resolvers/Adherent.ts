import { forbidden } from '../../../kit/src';
import type { AdherentResolvers } from '../__generated__/resolvers-types';

export const Adherent: AdherentResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  labelledEpns: (adherent, { first, after }, { epns }) => epns.labelledBy(adherent.id, { first, after }),
  labelRequests: (adherent, { status, first, after }, { labels, viewer }) => {
    const own = viewer.role === 'ADHERENT_ADMIN' && viewer.adherentId === adherent.id;
    if (!own && viewer.role !== 'NATIONAL_ADMIN') {
      throw forbidden("Only this adherent's administrators and the national administrator may see its label requests.");
    }
    return labels.requestsFor(adherent.id, status, { first, after });
  },
};
