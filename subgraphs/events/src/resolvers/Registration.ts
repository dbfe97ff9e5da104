import type { RegistrationResolvers } from '../__generated__/resolvers-types';

export const Registration: RegistrationResolvers = {
  waitingPosition: (registration, _args, { registrations }) => registrations.waitingPosition(registration),
};
