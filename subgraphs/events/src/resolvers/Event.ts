import type { EventResolvers } from '../__generated__/resolvers-types';

export const Event: EventResolvers = {
  __resolveReference: (ref, { events }) => events.get(ref.id),
  edition: (event, _args, { events }) => (event.editionId ? events.edition(event.editionId) : null),
  epn: (event) => (event.epnId ? { id: event.epnId } : null),
  organiserAdherent: (event) => (event.organiserAdherentId ? { id: event.organiserAdherentId } : null),
  commune: (event) => ({ level: 'COMMUNE', code: event.communeCode }),
  confirmedCount: (event, _args, { registrations }) => registrations.confirmedCount(event.id),
  waitingCount: (event, _args, { registrations }) => registrations.waitingCount(event.id),
  seatsLeft: (event, _args, { registrations }) => registrations.seatsLeft(event),
  registrations: (event, { status, first, after }, { registrations, viewer }) => registrations.of(viewer, event, status, { first, after }),
};
