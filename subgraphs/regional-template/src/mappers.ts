/** Model types behind GraphQL types, for codegen's mappers (what resolvers receive as parent). */
import type { Connection, TerritoryRef } from '../../kit/src';
import type { LocalOfferEntity, TrainingSessionEntity, WorkshopEntity } from './entities';

export type { LocalOfferEntity, TerritoryRef, TrainingSessionEntity, WorkshopEntity };
export type EpnRef = { id: string };
export type WorkshopConnectionModel = Connection<WorkshopEntity>;
export type TrainingSessionConnectionModel = Connection<TrainingSessionEntity>;
export type LocalOfferConnectionModel = Connection<LocalOfferEntity>;
