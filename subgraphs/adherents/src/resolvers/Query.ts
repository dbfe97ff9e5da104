import { CHARTERS, charterOf } from '../charters';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  adherent: (_root, { id }, { adherents }) => adherents.get(id),
  adherents: (_root, { filter, first, after }, { adherents }) => adherents.list(filter, { first, after }),
  charters: () => [...CHARTERS],
  charter: (_root, { version }) => charterOf(version),
};
