import type DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import {
  badUserInput, forbidden, keyedLoader, NestedConnections, notFound, paginateQuery, requireRole, territorySql, resolveTerritory,
  type Connection, type PageArgs, type SortKey, type TerritoryRef, type Viewer,
} from '../../../kit/src';
import { EpnEntity, MediatorEntity } from '../entities';

/** How the public reaches an EPN; an absent field keeps its value, null clears it. */
export interface EpnContactInput {
  phone?: string | null;
  emails?: string[] | null;
  websites?: string[] | null;
  appointmentUrl?: string | null;
  openingHours?: string | null;
}

const PHONE = /^\+?[0-9 ().-]{4,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_LINKS = 10;

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

  /**
   * Updates an EPN's public contact details. The national administrator may update any EPN, an EPN
   * manager only their own; every value is checked before anything is written.
   */
  async updateContact(viewer: Viewer, id: string, input: EpnContactInput): Promise<EpnEntity> {
    requireRole(viewer, ['NATIONAL_ADMIN', 'EPN_MANAGER'], "update an EPN's contact details");
    if (viewer.role === 'EPN_MANAGER' && viewer.epnId !== id) throw forbidden('An EPN manager may only update the contact details of their own EPN.');
    const changes: Partial<EpnEntity> = {};
    if (input.phone !== undefined) changes.phone = checked(input.phone, 'input.phone', (v) => PHONE.test(v), 'must hold 4 to 30 digits, spaces, dots, dashes or parentheses, with an optional leading +');
    if (input.appointmentUrl !== undefined) changes.appointmentUrl = checked(input.appointmentUrl, 'input.appointmentUrl', isWebUrl, 'must be an http or https URL');
    if (input.openingHours !== undefined) changes.openingHours = checked(input.openingHours, 'input.openingHours', (v) => v.length <= 500, 'must be at most 500 characters');
    if (input.emails !== undefined) changes.emails = checkedList(input.emails, 'input.emails', (v) => EMAIL.test(v), 'must be e-mail addresses');
    if (input.websites !== undefined) changes.websites = checkedList(input.websites, 'input.websites', isWebUrl, 'must be http or https URLs');
    const { affected } = Object.keys(changes).length ? await this.repository.update({ id }, changes) : { affected: await this.repository.countBy({ id }) };
    if (!affected) throw notFound('EPN', id);
    const epn = await this.repository.findOneByOrFail({ id });
    this.byId.clear(id).prime(id, epn);
    return epn;
  }

  inTerritory(territory: TerritoryRef, page: PageArgs): Promise<Connection<EpnEntity>> {
    return this.list({ territory }, page);
  }
}

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function checked(value: string | null, field: string, valid: (v: string) => boolean, rule: string): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!trimmed || !valid(trimmed)) throw badUserInput(field, rule);
  return trimmed;
}

function checkedList(values: string[] | null, field: string, valid: (v: string) => boolean, rule: string): string[] {
  if (values === null) return [];
  if (values.length > MAX_LINKS) throw badUserInput(field, `must hold at most ${MAX_LINKS} values`);
  return values.map((value, index) => checked(value, `${field}[${index}]`, valid, rule) as string);
}
