import type { RegistrationResolvers, RegistrationTicketResolvers } from '../__generated__/resolvers-types';

export const Registration: RegistrationResolvers = {
  waitingPosition: (registration, _args, { registrations }) => registrations.waitingPosition(registration),
};

export const RegistrationTicket: RegistrationTicketResolvers = {
  event: async (ticket, _args, { events }) => {
    const event = await events.get(ticket.eventId);
    if (!event) throw new Error(`Registration ${ticket.registrationId} refers to a missing event ${ticket.eventId}`);
    return event;
  },
};
