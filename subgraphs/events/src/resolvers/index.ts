import { scalarResolvers } from '../../../kit/src';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Adherent } from './Adherent';
import { Epn } from './Epn';
import { Event } from './Event';
import { EventEdition } from './EventEdition';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Registration, RegistrationTicket } from './Registration';
import { Territory } from './Territory';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, EventEdition, Event, Registration, RegistrationTicket, Epn, Adherent, Territory };
