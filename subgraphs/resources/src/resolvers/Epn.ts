import type { EpnResolvers } from '../__generated__/resolvers-types';

export const Epn: EpnResolvers = {
  // hasActiveLabel arrives in the representation when a field @requires it (from the epn subgraph).
  __resolveReference: (ref) => ({ id: ref.id, ...('hasActiveLabel' in ref ? { hasActiveLabel: ref.hasActiveLabel } : {}) }),
  eligibleOffers: (epn, { first, after }, { offers }) => offers.eligibleFor(epn, { first, after }),
  reservedResources: (epn, { first, after }, { resources, viewer }) => resources.reservedFor(viewer, epn, { first, after }),
  pimCertificationCount: (epn, _args, { pimCertifications }) => pimCertifications.countFor(epn.id),
  pimCertifications: (epn, { first, after }, { pimCertifications, viewer }) => pimCertifications.of(viewer, epn.id, { first, after }),
};
