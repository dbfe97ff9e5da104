import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  createEventEdition: (_root, { input }, { publishing, viewer }) => publishing.createEdition(viewer, input),
  updateEventEdition: (_root, { id, input }, { publishing, viewer }) => publishing.updateEdition(viewer, id, input),
  publishEvent: (_root, { input }, { publishing, viewer }) => publishing.publish(viewer, input),
  registerForEvent: (_root, { input }, { registrations }) => registrations.register(input),
  cancelRegistration: (_root, { registrationId, cancellationCode }, { registrations, viewer }) => registrations.cancel(viewer, registrationId, cancellationCode),
};
