import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../kit/src';
import { PartnerOfferService } from './services/partner-offer-service';
import { PimCertificationService } from './services/pim-certification-service';
import { ResourceService } from './services/resource-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface ResourcesContext extends BaseContext {
  dataSource: DataSource;
  resources: ResourceService;
  offers: PartnerOfferService;
  pimCertifications: PimCertificationService;
}

export function createContext(base: BaseContext, dataSource: DataSource): ResourcesContext {
  return {
    ...base,
    dataSource,
    resources: new ResourceService(dataSource),
    offers: new PartnerOfferService(dataSource),
    pimCertifications: new PimCertificationService(dataSource),
  };
}
