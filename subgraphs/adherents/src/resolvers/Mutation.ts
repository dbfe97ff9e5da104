import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerAdhesion: (_root, { input }, { adhesions, viewer }) => adhesions.register(viewer, input),
  recordPrefectureCopy: (_root, { adhesionId, sentOn }, { adhesions, viewer }) => adhesions.recordPrefectureCopy(viewer, adhesionId, sentOn),
  validateAdhesion: (_root, { adhesionId }, { adhesions, viewer }) => adhesions.validate(viewer, adhesionId),
  rejectAdhesion: (_root, { adhesionId, reason }, { adhesions, viewer }) => adhesions.reject(viewer, adhesionId, reason),
  withdrawAdhesion: (_root, { adhesionId, reason }, { adhesions, viewer }) => adhesions.withdraw(viewer, adhesionId, reason),
};
