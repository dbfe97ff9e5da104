import type DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import {
  keyedLoader, NestedConnections, paginateQuery, resolveTerritory, territorySql,
  type Connection, type PageArgs, type SortKey, type TerritoryLevel, type TerritoryRef,
} from '../../../kit/src';
import { WorkshopEntity, type WorkshopTheme } from '../entities/Workshop';
import { UUID_PATTERN } from './ids';

export interface WorkshopFilterInput {
  territory?: TerritoryRef | null;
  theme?: WorkshopTheme | null;
  includePast?: boolean | null;
}

/** Soonest first; the id makes the order total (cursor pagination needs it). */
const SOONEST_FIRST: SortKey<WorkshopEntity>[] = [
  { expression: 'w.starts_at', direction: 'ASC', value: (w) => w.startsAt.toISOString() },
  { expression: 'w.id', direction: 'ASC', value: (w) => w.id },
];
const NOT_ENDED = 'w.ends_at >= now()';

/** Geo reference table holding each level's codes, to find the workshops of a territory. */
const GEO_TABLE: Partial<Record<TerritoryLevel, string>> = { REGION: 'geo.region', DEPARTEMENT: 'geo.departement', EPCI: 'geo.epci' };

/** Business rules of workshops; per request, so every fetch of one operation is batched. */
export class WorkshopService {
  private readonly workshops: Repository<WorkshopEntity>;
  private readonly byId: DataLoader<string, WorkshopEntity | null>;
  private readonly byEpn: NestedConnections<WorkshopEntity>;
  private readonly byTerritory = new Map<TerritoryLevel, NestedConnections<WorkshopEntity>>();

  constructor(private readonly dataSource: DataSource) {
    this.workshops = dataSource.getRepository(WorkshopEntity);
    this.byId = keyedLoader(async (ids) => {
      const valid = ids.filter((id) => UUID_PATTERN.test(id));
      return valid.length ? this.workshops.findBy({ id: In(valid) }) : [];
    }, (w) => w.id);
    this.byEpn = new NestedConnections(dataSource, this.workshops, { alias: 'w', parentColumn: 'epn_id', parentType: 'uuid', keys: SOONEST_FIRST, where: NOT_ENDED });
  }

  get(id: string): Promise<WorkshopEntity | null> {
    return this.byId.load(id.toLowerCase());
  }

  list(filter: WorkshopFilterInput | null | undefined, page: PageArgs): Promise<Connection<WorkshopEntity>> {
    const qb = this.workshops.createQueryBuilder('w');
    if (!filter?.includePast) qb.andWhere(NOT_ENDED);
    if (filter?.theme) qb.andWhere('w.theme = :theme', { theme: filter.theme });
    if (filter?.territory) {
      const territory = resolveTerritory(filter.territory, 'filter.territory');
      const condition = territorySql('w.commune_code', territory.level, ':territoryCode');
      if (condition) qb.andWhere(condition, { territoryCode: territory.code });
    }
    return paginateQuery(qb, SOONEST_FIRST, page);
  }

  ofEpn(epnId: string, page: PageArgs): Promise<Connection<WorkshopEntity>> {
    return this.byEpn.load(epnId, page);
  }

  /** Workshops in a commune inside a territory: one statement per territory level, whatever the number of territories. */
  inTerritory(territory: TerritoryRef, page: PageArgs): Promise<Connection<WorkshopEntity>> {
    let loader = this.byTerritory.get(territory.level);
    if (!loader) {
      loader = new NestedConnections(this.dataSource, this.workshops, {
        ...territorySource(territory.level), alias: 'w', parentType: 'text', keys: SOONEST_FIRST, where: NOT_ENDED,
      });
      this.byTerritory.set(territory.level, loader);
    }
    return loader.load(territory.code, page);
  }
}

function territorySource(level: TerritoryLevel): { from?: string; parentColumn: string } {
  if (level === 'COMMUNE') return { parentColumn: 'commune_code' };
  if (level === 'COUNTRY') return { from: `(SELECT w.*, 'FR'::text AS territory_code FROM regional_template.workshop w)`, parentColumn: 'territory_code' };
  const table = GEO_TABLE[level];
  if (!table) throw new Error(`Unknown territory level ${level}`);
  return {
    from: `(SELECT w.*, t.code AS territory_code FROM regional_template.workshop w JOIN ${table} t ON ${territorySql('w.commune_code', level, 't.code')})`,
    parentColumn: 'territory_code',
  };
}
