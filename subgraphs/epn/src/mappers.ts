/** Model types behind GraphQL types, for codegen's mappers (what resolvers receive as parent). */
import type { Connection, Territory } from '../../kit/src';
import type { EpnEntity, LabelEntity, LabelEventEntity, LabelRequestEntity } from './entities';
import type { CoverageConnection, CoverageFigures, CoverageHistoryConnection, CoverageSeries } from './services/coverage-service';

export type { EpnEntity, LabelEntity, LabelEventEntity, LabelRequestEntity };
export type TerritoryModel = Territory;
export type AdherentRef = { id: string };
export type EpnConnectionModel = Connection<EpnEntity>;
export type LabelConnectionModel = Connection<LabelEntity>;
export type LabelEventConnectionModel = Connection<LabelEventEntity>;
export type LabelRequestConnectionModel = Connection<LabelRequestEntity>;
export type TerritoryConnectionModel = Connection<Territory>;
export type CoverageFiguresModel = CoverageFigures;
export type LabelCoverageConnectionModel = CoverageConnection;
export type LabelCoverageHistoryModel = CoverageHistoryConnection;
export type CoverageSeriesModel = CoverageSeries;
export type { EpnSearchConnectionModel, EpnSearchEdgeModel, EpnSearchFacetsModel } from './services/search-service';
