/** Model types behind GraphQL types, for codegen's mappers (what resolvers receive as parent). */
import type { Connection, TerritoryRef } from '../../kit/src';
import type { EventEditionEntity, EventEntity, RegistrationEntity } from './entities';
import type { RegistrationTicket } from './services/registration-service';

export type RegistrationTicketModel = RegistrationTicket;

export type { EventEditionEntity, EventEntity, RegistrationEntity, TerritoryRef };
export type EpnRef = { id: string };
export type AdherentRef = { id: string };
export type EventConnectionModel = Connection<EventEntity>;
export type EventEditionConnectionModel = Connection<EventEditionEntity>;
export type RegistrationConnectionModel = Connection<RegistrationEntity>;
