import type { DataSource } from 'typeorm';
import { GraphClient, type BaseContext } from '../../kit/src';
import { EventPublishing } from './services/event-publishing';
import { EventService } from './services/event-service';
import { RegistrationService } from './services/registration-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface EventsContext extends BaseContext {
  dataSource: DataSource;
  events: EventService;
  registrations: RegistrationService;
  publishing: EventPublishing;
}

export function createContext(base: BaseContext, dataSource: DataSource): EventsContext {
  const graph = base.graph ?? GraphClient.unconfigured(base.logger, base.requestId);
  return {
    ...base, graph, dataSource,
    events: new EventService(dataSource),
    registrations: new RegistrationService(dataSource, graph, base.logger),
    publishing: new EventPublishing(dataSource, graph),
  };
}
