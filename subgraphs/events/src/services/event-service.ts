import type DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import {
  badUserInput, keyedLoader, NestedConnections, paginateQuery, resolveTerritory, territorySql, UUID_PATTERN,
  type Connection, type PageArgs, type SortKey, type TerritoryLevel, type TerritoryRef,
} from '../../../kit/src';
import { EventEditionEntity, EventEntity } from '../entities';
import type { Audience } from '../entities/Event';

export interface EventFilterInput {
  editionId?: string | null;
  territory?: TerritoryRef | null;
  from?: Date | null;
  to?: Date | null;
  audience?: Audience | null;
}

/** Agenda order: soonest first, id to make the order total. */
export const CHRONOLOGICAL: SortKey<EventEntity>[] = [
  { expression: 'e.starts_at', direction: 'ASC', value: (e) => e.startsAt.toISOString() },
  { expression: 'e.id', direction: 'ASC', value: (e) => e.id },
];

export const NEWEST_FIRST: SortKey<EventEntity>[] = [
  { expression: 'e.starts_at', direction: 'DESC', value: (e) => e.startsAt.toISOString() },
  { expression: 'e.id', direction: 'DESC', value: (e) => e.id },
];

const NEWEST_EDITION_FIRST: SortKey<EventEditionEntity>[] = [
  { expression: 'd.starts_on', direction: 'DESC', value: (d) => d.startsOn },
  { expression: 'd.id', direction: 'DESC', value: (d) => d.id },
];

/** Geo reference table holding each level's codes, to join events of a territory by territorySql. */
const GEO_TABLE: Partial<Record<TerritoryLevel, string>> = { REGION: 'geo.region', DEPARTEMENT: 'geo.departement', EPCI: 'geo.epci' };

/**
 * Lists of events belonging to a parent: « upcoming » lists start from now on, soonest first; the
 * others hold every event, newest first.
 */
function listing(upcoming: boolean | null | undefined): { keys: SortKey<EventEntity>[]; where?: string } {
  return upcoming ? { keys: CHRONOLOGICAL, where: 'e.starts_at >= now()' } : { keys: NEWEST_FIRST };
}

export class EventService {
  private readonly events: Repository<EventEntity>;
  private readonly editions: Repository<EventEditionEntity>;
  private readonly byId: DataLoader<string, EventEntity | null>;
  private readonly editionById: DataLoader<string, EventEditionEntity | null>;
  private readonly byEdition: NestedConnections<EventEntity>;
  private readonly byAdherent: NestedConnections<EventEntity>;
  private readonly byEpn = new Map<string, NestedConnections<EventEntity>>();
  private readonly byTerritory = new Map<string, NestedConnections<EventEntity>>();

  constructor(private readonly dataSource: DataSource) {
    this.events = dataSource.getRepository(EventEntity);
    this.editions = dataSource.getRepository(EventEditionEntity);
    this.byId = keyedLoader(async (ids) => {
      const valid = ids.filter((id) => UUID_PATTERN.test(id));
      return valid.length ? this.events.findBy({ id: In(valid) }) : [];
    }, (e) => e.id);
    this.editionById = keyedLoader(async (ids) => {
      const valid = ids.filter((id) => UUID_PATTERN.test(id));
      return valid.length ? this.editions.findBy({ id: In(valid) }) : [];
    }, (d) => d.id);
    this.byEdition = new NestedConnections(dataSource, this.events, { alias: 'e', parentColumn: 'edition_id', parentType: 'uuid', keys: CHRONOLOGICAL });
    this.byAdherent = new NestedConnections(dataSource, this.events, {
      alias: 'e', parentColumn: 'organiser_adherent_id', parentType: 'uuid', keys: NEWEST_FIRST,
    });
  }

  get(id: string): Promise<EventEntity | null> {
    return this.byId.load(id.toLowerCase());
  }

  edition(id: string): Promise<EventEditionEntity | null> {
    return this.editionById.load(id.toLowerCase());
  }

  listEditions(page: PageArgs): Promise<Connection<EventEditionEntity>> {
    return paginateQuery(this.editions.createQueryBuilder('d'), NEWEST_EDITION_FIRST, page);
  }

  /** Events in chronological order, filtered; `from`/`to` keep those overlapping that window. */
  list(filter: EventFilterInput | null | undefined, page: PageArgs): Promise<Connection<EventEntity>> {
    const qb = this.events.createQueryBuilder('e');
    if (filter?.editionId) {
      if (!UUID_PATTERN.test(filter.editionId)) throw badUserInput('filter.editionId', 'is not the id of an event edition');
      qb.andWhere('e.edition_id = :editionId', { editionId: filter.editionId.toLowerCase() });
    }
    if (filter?.territory) {
      const territory = resolveTerritory(filter.territory, 'filter.territory');
      const condition = territorySql('e.commune_code', territory.level, ':territoryCode');
      if (condition) qb.andWhere(condition, { territoryCode: territory.code });
    }
    if (filter?.from && filter?.to && filter.from.getTime() > filter.to.getTime()) {
      throw badUserInput('filter.to', 'must not be before filter.from');
    }
    if (filter?.from) qb.andWhere('e.ends_at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('e.starts_at <= :to', { to: filter.to });
    if (filter?.audience) qb.andWhere('e.audience = :audience', { audience: filter.audience });
    return paginateQuery(qb, CHRONOLOGICAL, page);
  }

  ofEdition(editionId: string, page: PageArgs): Promise<Connection<EventEntity>> {
    return this.byEdition.load(editionId, page);
  }

  organisedBy(adherentId: string, page: PageArgs): Promise<Connection<EventEntity>> {
    return this.byAdherent.load(adherentId, page);
  }

  /** Events an EPN organises or hosts. */
  ofEpn(epnId: string, upcoming: boolean | null | undefined, page: PageArgs): Promise<Connection<EventEntity>> {
    const key = upcoming ? 'upcoming' : 'all';
    let loader = this.byEpn.get(key);
    if (!loader) {
      loader = new NestedConnections(this.dataSource, this.events, { alias: 'e', parentColumn: 'epn_id', parentType: 'uuid', ...listing(upcoming) });
      this.byEpn.set(key, loader);
    }
    return loader.load(epnId, page);
  }

  /**
   * Events in a commune inside a territory, batched per level: the parent key of a département is
   * its code, matched through the geo reference tables, so a page of territories costs one query.
   */
  inTerritory(territory: TerritoryRef, upcoming: boolean | null | undefined, page: PageArgs): Promise<Connection<EventEntity>> {
    const key = `${territory.level}|${upcoming ? 'upcoming' : 'all'}`;
    let loader = this.byTerritory.get(key);
    if (!loader) {
      loader = new NestedConnections(this.dataSource, this.events, {
        ...territorySource(territory.level),
        alias: 'e',
        parentType: 'text',
        ...listing(upcoming),
      });
      this.byTerritory.set(key, loader);
    }
    return loader.load(territory.code, page);
  }
}

/** Where events of a territory of `level` come from, keyed by the territory's code. */
function territorySource(level: TerritoryLevel): { from?: string; parentColumn: string } {
  if (level === 'COMMUNE') return { parentColumn: 'commune_code' };
  if (level === 'COUNTRY') return { from: `(SELECT e.*, 'FR'::text AS territory_code FROM events.event e)`, parentColumn: 'territory_code' };
  const table = GEO_TABLE[level];
  if (!table) throw new Error(`Unknown territory level ${level}`);
  return {
    from: `(SELECT e.*, t.code AS territory_code FROM events.event e JOIN ${table} t ON ${territorySql('e.commune_code', level, 't.code')})`,
    parentColumn: 'territory_code',
  };
}
