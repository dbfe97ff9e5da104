import { LocalOfferEntity } from './LocalOffer';
import { TrainingSessionEntity } from './TrainingSession';
import { WorkshopEntity } from './Workshop';

export { LocalOfferEntity, TrainingSessionEntity, WorkshopEntity };
export const entities = [WorkshopEntity, TrainingSessionEntity, LocalOfferEntity];
