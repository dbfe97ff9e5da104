import type DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import {
  keyedLoader, NestedConnections, paginateQuery, territorySql, resolveTerritory,
  type Connection, type PageArgs, type SortKey, type TerritoryRef,
} from '../../../kit/src';
import { EpnEntity, MediatorEntity } from '../entities';

export interface EpnFilterInput {
  territory?: TerritoryRef | null;
  labelled?: boolean | null;
  venueType?: string | null;
  itinerant?: boolean | null;
  services?: string[] | null;
}

/** Directory order: by name, then id so the order is total and cursors are stable. */
export const EPN_ORDER: SortKey<EpnEntity>[] = [
  { expression: 'e.name', direction: 'ASC', value: (e) => e.name },
  { expression: 'e.id', direction: 'ASC', value: (e) => e.id },
];

const ACTIVE_LABEL = `EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status = 'ACTIVE')`;

export class EpnService {
  private readonly repository: Repository<EpnEntity>;
  private readonly byId: DataLoader<string, EpnEntity | null>;
  private readonly mediatorCounts: DataLoader<string, { epnId: string; count: number } | null>;
  private readonly labelledByAdherent: NestedConnections<EpnEntity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(EpnEntity);
    this.byId = keyedLoader((ids) => this.repository.findBy({ id: In([...ids]) }), (e) => e.id);
    this.mediatorCounts = keyedLoader(
      (epnIds) =>
        dataSource
          .getRepository(MediatorEntity)
          .createQueryBuilder('m')
          .select('m.epn_id', 'epnId')
          .addSelect('count(*)::int', 'count')
          .where('m.epn_id = ANY(:ids)', { ids: [...epnIds] })
          .groupBy('m.epn_id')
          .getRawMany<{ epnId: string; count: number }>(),
      (row) => row.epnId,
    );
    this.labelledByAdherent = new NestedConnections(dataSource, this.repository, {
      from: `(SELECT e.*, l.awarded_by_adherent_id AS adherent_id FROM epn.epn e JOIN epn.label l ON l.epn_id = e.id AND l.status = 'ACTIVE')`,
      alias: 'e',
      parentColumn: 'adherent_id',
      parentType: 'uuid',
      keys: EPN_ORDER,
    });
  }

  get(id: string): Promise<EpnEntity | null> {
    return this.byId.load(id);
  }

  async mediatorCount(epnId: string): Promise<number> {
    return (await this.mediatorCounts.load(epnId))?.count ?? 0;
  }

  list(filter: EpnFilterInput | null | undefined, page: PageArgs): Promise<Connection<EpnEntity>> {
    const qb = this.repository.createQueryBuilder('e');
    if (filter?.territory) {
      const territory = resolveTerritory(filter.territory, 'filter.territory');
      const condition = territorySql('e.commune_code', territory.level, ':territoryCode');
      if (condition) qb.andWhere(condition, { territoryCode: territory.code });
    }
    if (filter?.labelled === true) qb.andWhere(ACTIVE_LABEL);
    if (filter?.labelled === false) qb.andWhere(`NOT ${ACTIVE_LABEL}`);
    if (filter?.venueType) qb.andWhere('e.venue_type = :venueType', { venueType: filter.venueType });
    if (filter?.itinerant !== undefined && filter?.itinerant !== null) qb.andWhere('e.itinerant = :itinerant', { itinerant: filter.itinerant });
    if (filter?.services?.length) qb.andWhere('e.services @> :services::text[]', { services: filter.services });
    return paginateQuery(qb, EPN_ORDER, page);
  }

  labelledBy(adherentId: string, page: PageArgs): Promise<Connection<EpnEntity>> {
    return this.labelledByAdherent.load(adherentId, page);
  }

  inTerritory(territory: TerritoryRef, page: PageArgs): Promise<Connection<EpnEntity>> {
    return this.list({ territory }, page);
  }
}
