import { OfferClaimEntity } from './OfferClaim';
import { PartnerOfferEntity } from './PartnerOffer';
import { PimCertificationEntity } from './PimCertification';
import { ResourceEntity } from './Resource';

export { OfferClaimEntity, PartnerOfferEntity, PimCertificationEntity, ResourceEntity };
export const entities = [ResourceEntity, PartnerOfferEntity, OfferClaimEntity, PimCertificationEntity];
