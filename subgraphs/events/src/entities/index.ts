import { EventEntity } from './Event';
import { EventEditionEntity } from './EventEdition';
import { RegistrationEntity } from './Registration';

export { EventEditionEntity, EventEntity, RegistrationEntity };
export const entities = [EventEditionEntity, EventEntity, RegistrationEntity];
