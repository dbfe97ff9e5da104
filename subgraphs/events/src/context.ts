import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../kit/src';
import { EventService } from './services/event-service';
import { RegistrationService } from './services/registration-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface EventsContext extends BaseContext {
  dataSource: DataSource;
  events: EventService;
  registrations: RegistrationService;
}

export function createContext(base: BaseContext, dataSource: DataSource): EventsContext {
  return { ...base, dataSource, events: new EventService(dataSource), registrations: new RegistrationService(dataSource) };
}
