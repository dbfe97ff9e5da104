import type { EventEditionResolvers } from '../__generated__/resolvers-types';

export const EventEdition: EventEditionResolvers = {
  __resolveReference: (ref, { events }) => events.edition(ref.id),
  events: (edition, { first, after }, { events }) => events.ofEdition(edition.id, { first, after }),
};
