import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../kit/src';
import { CoverageService } from './services/coverage-service';
import { EpnService } from './services/epn-service';
import { LabelService } from './services/label-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface EpnContext extends BaseContext {
  dataSource: DataSource;
  epns: EpnService;
  labels: LabelService;
  coverage: CoverageService;
}

export function createContext(base: BaseContext, dataSource: DataSource): EpnContext {
  return { ...base, dataSource, epns: new EpnService(dataSource), labels: new LabelService(dataSource), coverage: new CoverageService(dataSource) };
}
