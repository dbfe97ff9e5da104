import type { AdherentResolvers } from '../__generated__/resolvers-types';

export const Adherent: AdherentResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  organisedEvents: (adherent, { first, after }, { events }) => events.organisedBy(adherent.id, { first, after }),
};
