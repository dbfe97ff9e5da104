import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  eventEditions: (_root, { first, after }, { events }) => events.listEditions({ first, after }),
  eventEdition: (_root, { id }, { events }) => events.edition(id),
  events: (_root, { filter, first, after }, { events }) => events.list(filter, { first, after }),
  event: (_root, { id }, { events }) => events.get(id),
};
