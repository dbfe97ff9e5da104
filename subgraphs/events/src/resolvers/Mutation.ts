import { addCacheTags, entityTag } from '../../../kit/src';
import type { MutationResolvers } from '../__generated__/resolvers-types';

/**
 * A registration changes an event's seat counts: only cached answers holding that event are
 * refreshed. Editions and newly published events change lists, which the gateway's default (a mutation
 * without tags empties the response cache) covers.
 */
export const Mutation: MutationResolvers = {
  createEventEdition: (_root, { input }, { publishing, viewer }) => publishing.createEdition(viewer, input),
  updateEventEdition: (_root, { id, input }, { publishing, viewer }) => publishing.updateEdition(viewer, id, input),
  publishEvent: (_root, { input }, { publishing, viewer }) => publishing.publish(viewer, input),
  registerForEvent: async (_root, { input }, context) => {
    const ticket = await context.registrations.register(input);
    addCacheTags(context, entityTag('Event', ticket.eventId));
    return ticket;
  },
  cancelRegistration: async (_root, { registrationId, cancellationCode }, context) => {
    const ticket = await context.registrations.cancel(context.viewer, registrationId, cancellationCode);
    addCacheTags(context, entityTag('Event', ticket.eventId));
    return ticket;
  },
};
