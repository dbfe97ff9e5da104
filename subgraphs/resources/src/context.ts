import type { DataSource } from 'typeorm';
import { GraphClient, type BaseContext } from '../../kit/src';
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
  const graph = base.graph ?? GraphClient.unconfigured(base.logger, base.requestId);
  return {
    ...base,
    graph,
    dataSource,
    resources: new ResourceService(dataSource),
    offers: new PartnerOfferService(dataSource, graph),
    pimCertifications: new PimCertificationService(dataSource),
  };
}
