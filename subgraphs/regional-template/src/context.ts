import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../kit/src';
import { LocalOfferService } from './services/local-offer-service';
import { TrainingSessionService } from './services/training-session-service';
import { WorkshopService } from './services/workshop-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface RegionalTemplateContext extends BaseContext {
  workshops: WorkshopService;
  trainingSessions: TrainingSessionService;
  localOffers: LocalOfferService;
}

export function createContext(base: BaseContext, dataSource: DataSource): RegionalTemplateContext {
  return {
    ...base,
    workshops: new WorkshopService(dataSource),
    trainingSessions: new TrainingSessionService(dataSource),
    localOffers: new LocalOfferService(dataSource),
  };
}
