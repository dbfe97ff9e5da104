import type { DataSource } from 'typeorm';
import { GraphClient, type BaseContext } from '../../kit/src';
import { CoverageService } from './services/coverage-service';
import { EpnService } from './services/epn-service';
import { LabelDecisions } from './services/label-decisions';
import { LabelService } from './services/label-service';
import { DirectorySearchService } from './services/search-service';

/** Per request: services hold the request's DataLoaders, so every fetch in one operation is batched. */
export interface EpnContext extends BaseContext {
  dataSource: DataSource;
  epns: EpnService;
  labels: LabelService;
  decisions: LabelDecisions;
  coverage: CoverageService;
  search: DirectorySearchService;
}

export function createContext(base: BaseContext, dataSource: DataSource): EpnContext {
  const graph = base.graph ?? GraphClient.unconfigured(base.logger, base.requestId);
  const epns = new EpnService(dataSource);
  return {
    ...base, graph, dataSource,
    epns, labels: new LabelService(dataSource, graph), decisions: new LabelDecisions(dataSource, graph),
    search: new DirectorySearchService(dataSource, epns, base.logger),
    coverage: new CoverageService(dataSource),
  };
}
