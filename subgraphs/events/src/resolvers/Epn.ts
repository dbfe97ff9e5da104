import type { EpnResolvers } from '../__generated__/resolvers-types';

export const Epn: EpnResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  events: (epn, { upcoming, first, after }, { events }) => events.ofEpn(epn.id, upcoming, { first, after }),
};
