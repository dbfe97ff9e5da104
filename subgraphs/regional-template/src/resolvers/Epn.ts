import type { EpnResolvers } from '../__generated__/resolvers-types';

export const Epn: EpnResolvers = {
  // The epn subgraph serves the EPN itself; here it is only a key to hang regional data on.
  __resolveReference: (ref) => ({ id: ref.id }),
  regionalTemplateWorkshops: (epn, { first, after }, { workshops }) => workshops.ofEpn(epn.id, { first, after }),
  regionalTemplateTrainingSessions: (epn, { first, after }, { trainingSessions }) => trainingSessions.hostedBy(epn.id, { first, after }),
};
