/** Model types behind GraphQL types, for codegen's mappers (what resolvers receive as parent). */
import type { Connection, TerritoryRef } from '../../kit/src';
import type { CharterModel } from './charters';
import type { AdherentEntity, AdhesionEntity, AdhesionEventEntity, ContactEntity } from './entities';
import type { CommuneRef } from './services/adherent-service';

export type { AdherentEntity, AdhesionEntity, AdhesionEventEntity, CharterModel, ContactEntity, TerritoryRef };
export type AdhesionEventConnectionModel = Connection<AdhesionEventEntity>;
export type AdherentConnectionModel = Connection<AdherentEntity>;
export type AdhesionConnectionModel = Connection<AdhesionEntity>;
export type ContactConnectionModel = Connection<ContactEntity>;
export type MemberCommuneConnectionModel = Connection<CommuneRef>;
