/** Model types behind GraphQL types, for codegen's mappers (what resolvers receive as parent). */
import type { Connection } from '../../kit/src';
import type { OfferClaimEntity, PartnerOfferEntity, PimCertificationEntity } from './entities';
import type { EpnRef, ResourceModel } from './services/resource-service';

export type { EpnRef, OfferClaimEntity, PartnerOfferEntity, PimCertificationEntity, ResourceModel };
export type ResourceConnectionModel = Connection<ResourceModel>;
export type PartnerOfferConnectionModel = Connection<PartnerOfferEntity>;
export type PimCertificationConnectionModel = Connection<PimCertificationEntity>;
