import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../kit/src';
import { EpnService } from './services/epn-service';
import { LabelService } from './services/label-service';
import { DirectorySearchService } from './services/search-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface EpnContext extends BaseContext {
  dataSource: DataSource;
  epns: EpnService;
  labels: LabelService;
  search: DirectorySearchService;
}

export function createContext(base: BaseContext, dataSource: DataSource): EpnContext {
  const epns = new EpnService(dataSource);
  return { ...base, dataSource, epns, labels: new LabelService(dataSource), search: new DirectorySearchService(dataSource, epns, base.logger) };
}
