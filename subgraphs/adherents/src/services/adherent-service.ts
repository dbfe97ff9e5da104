import DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import {
  badUserInput, connectionFromRows, decodeCursor, forbidden, geography, groupedLoader, hydrate, keyedLoader, keysetCondition,
  NestedConnections, orderByClause, pageSize, paginateQuery, parentArgsLoader, resolveTerritory, territorySql, UUID_PATTERN,
  type Connection, type PageArgs, type SortKey, type Territory, type TerritoryLevel, type TerritoryRef, type Viewer,
} from '../../../kit/src';
import { AdherentEntity, AdhesionEntity, AdhesionEventEntity, ContactEntity, PaysCommuneEntity } from '../entities';
import type { AdherentKind, RessortLevel } from '../entities/Adherent';
import { LIVE_ADHESION_STATUSES, type AdhesionStatus } from '../entities/Adhesion';

export interface AdherentFilterInput {
  kind?: AdherentKind | null;
  status?: AdhesionStatus | null;
  territory?: TerritoryRef | null;
  search?: string | null;
}

/** A commune as the graph references it: by key, the epn subgraph serves the rest. */
export interface CommuneRef {
  level: 'COMMUNE';
  code: string;
}

/** Directory order: by name, then id so the order is total and cursors are stable. */
export const ADHERENT_ORDER: SortKey<AdherentEntity>[] = [
  { expression: 'a.name', direction: 'ASC', value: (a) => a.name },
  { expression: 'a.id', direction: 'ASC', value: (a) => a.id },
];

const NEWEST_ADHESION_FIRST: SortKey<AdhesionEntity>[] = [
  { expression: 'h.signed_on', direction: 'DESC', value: (h) => h.signedOn },
  { expression: 'h.id', direction: 'DESC', value: (h) => h.id },
];

const OLDEST_STEP_FIRST: SortKey<AdhesionEventEntity>[] = [
  { expression: 'e.occurred_at', direction: 'ASC', value: (e) => e.occurredAt.toISOString() },
  { expression: 'e.id', direction: 'ASC', value: (e) => e.id },
];

const CONTACT_ORDER: SortKey<ContactEntity>[] = [
  { expression: 'c.full_name', direction: 'ASC', value: (c) => c.fullName },
  { expression: 'c.id', direction: 'ASC', value: (c) => c.id },
];

// Unique within one « pays » (primary key), which is all a nested connection needs.
const MEMBER_COMMUNE_ORDER: SortKey<PaysCommuneEntity>[] = [
  { expression: 'm.commune_code', direction: 'ASC', value: (m) => m.communeCode },
];

const LIVE_STATUSES_SQL = LIVE_ADHESION_STATUSES.map((status) => `'${status}'`).join(', ');

/** The adhesion in force if there is one (at most one, by index), otherwise the latest. */
const CURRENT_ADHESION_ORDER = `(h.status IN (${LIVE_STATUSES_SQL})) DESC, h.signed_on DESC, h.created_at DESC, h.id DESC`;

const CURRENT_STATUS_SQL = `(SELECT h.status FROM adherents.adhesion h WHERE h.adherent_id = a.id ORDER BY ${CURRENT_ADHESION_ORDER} LIMIT 1)`;

const VALIDATED_SQL = `EXISTS (SELECT 1 FROM adherents.adhesion h WHERE h.adherent_id = a.id AND h.status = 'VALIDATED')`;

const MAX_SEARCH_LENGTH = 200;

/** Contacts and signatory names: the national mission and the adherent's own administrators only. */
export function maySeePersonalData(viewer: Viewer, adherentId: string): boolean {
  return viewer.role === 'NATIONAL_ADMIN' || (viewer.role === 'ADHERENT_ADMIN' && viewer.adherentId === adherentId);
}

/** Reads of adherents and their adhesions, batched per request; the lifecycle is AdhesionService's. */
export class AdherentService {
  private readonly adherents: Repository<AdherentEntity>;
  private readonly adhesions: Repository<AdhesionEntity>;
  private readonly byId: DataLoader<string, AdherentEntity | null>;
  private readonly currentAdhesionByAdherent: DataLoader<string, AdhesionEntity | null>;
  private readonly adhesionsByAdherent: NestedConnections<AdhesionEntity>;
  private readonly historyByAdhesion: NestedConnections<AdhesionEventEntity>;
  private readonly contactsByAdherent: NestedConnections<ContactEntity>;
  private readonly membersByPays: NestedConnections<PaysCommuneEntity>;
  private readonly declaredCommunes: DataLoader<string, PaysCommuneEntity[]>;
  private readonly coveringPages: DataLoader<{ parentId: string; args: PageArgs }, Connection<AdherentEntity>, string>;
  private readonly coveringCounts: DataLoader<string, number>;

  constructor(private readonly dataSource: DataSource) {
    this.adherents = dataSource.getRepository(AdherentEntity);
    this.adhesions = dataSource.getRepository(AdhesionEntity);
    this.byId = keyedLoader(async (ids) => {
      const valid = ids.filter((id) => UUID_PATTERN.test(id));
      return valid.length ? this.adherents.findBy({ id: In(valid) }) : [];
    }, (a) => a.id);
    this.currentAdhesionByAdherent = keyedLoader(async (adherentIds) => {
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT DISTINCT ON (h.adherent_id) h.* FROM adherents.adhesion h WHERE h.adherent_id = ANY($1::uuid[])
          ORDER BY h.adherent_id, ${CURRENT_ADHESION_ORDER}`,
        [adherentIds],
      );
      return rows.map((row) => hydrate(this.adhesions, row));
    }, (h) => h.adherentId);
    this.adhesionsByAdherent = new NestedConnections(dataSource, this.adhesions, {
      alias: 'h', parentColumn: 'adherent_id', parentType: 'uuid', keys: NEWEST_ADHESION_FIRST,
    });
    this.historyByAdhesion = new NestedConnections(dataSource, dataSource.getRepository(AdhesionEventEntity), {
      alias: 'e', parentColumn: 'adhesion_id', parentType: 'uuid', keys: OLDEST_STEP_FIRST,
    });
    this.contactsByAdherent = new NestedConnections(dataSource, dataSource.getRepository(ContactEntity), {
      alias: 'c', parentColumn: 'adherent_id', parentType: 'uuid', keys: CONTACT_ORDER,
    });
    const paysCommunes = dataSource.getRepository(PaysCommuneEntity);
    this.membersByPays = new NestedConnections(dataSource, paysCommunes, {
      alias: 'm', parentColumn: 'adherent_id', parentType: 'uuid', keys: MEMBER_COMMUNE_ORDER,
    });
    this.declaredCommunes = groupedLoader((ids) => paysCommunes.findBy({ adherentId: In([...ids]) }), (m) => m.adherentId);
    this.coveringPages = parentArgsLoader<PageArgs, Connection<AdherentEntity>>(
      (parentIds, args) => this.loadCoveringPages(parentIds, args),
      () => connectionFromRows([], 0, ADHERENT_ORDER, () => 0),
    );
    this.coveringCounts = new DataLoader<string, number>((parentIds) => this.loadCoveringCounts(parentIds));
  }

  get(id: string): Promise<AdherentEntity | null> {
    return this.byId.load(id.toLowerCase());
  }

  list(filter: AdherentFilterInput | null | undefined, page: PageArgs): Promise<Connection<AdherentEntity>> {
    const qb = this.adherents.createQueryBuilder('a');
    if (filter?.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter?.status) qb.andWhere(`${CURRENT_STATUS_SQL} = :status`, { status: filter.status });
    if (filter?.territory) {
      const territory = resolveTerritory(filter.territory, 'filter.territory');
      const areas = overlappingAreas(territory);
      qb.andWhere(overlapCondition(territory.level, ':territoryCode', 'SELECT * FROM unnest(:areaLevels::text[], :areaCodes::text[])'), {
        territoryCode: territory.code,
        areaLevels: areas.map((area) => area.level),
        areaCodes: areas.map((area) => area.code),
      });
    }
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > MAX_SEARCH_LENGTH) throw badUserInput('filter.search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
      qb.andWhere('a.name ILIKE :pattern', { pattern: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    return paginateQuery(qb, ADHERENT_ORDER, page);
  }

  /** The adhesion in force (signed, sent to the prefecture or validated), otherwise the latest one. */
  currentAdhesion(adherentId: string): Promise<AdhesionEntity | null> {
    return this.currentAdhesionByAdherent.load(adherentId);
  }

  async currentStatus(adherentId: string): Promise<AdhesionStatus> {
    const current = await this.currentAdhesion(adherentId);
    // An adherent is recorded together with the charter it signed: none means broken data.
    if (!current) throw new Error(`Adherent ${adherentId} has no adhesion`);
    return current.status;
  }

  adhesionsOf(adherentId: string, page: PageArgs): Promise<Connection<AdhesionEntity>> {
    return this.adhesionsByAdherent.load(adherentId, page);
  }

  historyOf(adhesionId: string, page: PageArgs): Promise<Connection<AdhesionEventEntity>> {
    return this.historyByAdhesion.load(adhesionId, page);
  }

  /** Who recorded a step: an account id, which may identify a person, so the national mission's only. */
  actorSubjectOf(viewer: Viewer, event: AdhesionEventEntity): string | null {
    return viewer.role === 'NATIONAL_ADMIN' ? event.actorSubject : null;
  }

  contactsOf(viewer: Viewer, adherentId: string, page: PageArgs): Promise<Connection<ContactEntity>> {
    if (!maySeePersonalData(viewer, adherentId)) {
      throw forbidden("Only the national administrator and this adherent's administrators may see its contacts (personal data).");
    }
    return this.contactsByAdherent.load(adherentId, page);
  }

  /** The signatory's name for those entitled to personal data, null for anyone else. */
  signatoryNameOf(viewer: Viewer, adhesion: AdhesionEntity): string | null {
    return maySeePersonalData(viewer, adhesion.adherentId) ? adhesion.signatoryName : null;
  }

  /** The communes a « pays » declared, as today's communes; empty for any other kind. */
  async memberCommunes(adherent: AdherentEntity, page: PageArgs): Promise<Connection<CommuneRef>> {
    if (adherent.kind !== 'PAYS') {
      pageSize(page.first);
      return connectionFromRows([], 0, [], () => 0);
    }
    const connection = await this.membersByPays.load(adherent.id, page);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: { level: 'COMMUNE', code: currentCommuneCode(edge.node.communeCode) } })),
    };
  }

  /** Validated adherents whose ressort overlaps a territory (contains it or lies inside it), by name. */
  covering(territory: TerritoryRef, page: PageArgs): Promise<Connection<AdherentEntity>> {
    return this.coveringPages.load({ parentId: `${territory.level}:${territory.code}`, args: { first: page.first ?? null, after: page.after ?? null } });
  }

  /**
   * Whether a commune lies in an adherent's ressort (the territorial rule's question, asked by other
   * subgraphs through the graph). A former INSEE code counts as the commune it merged into.
   */
  async covers(adherent: AdherentEntity, communeCode: string): Promise<boolean> {
    const found = geography().currentCommune(communeCode.trim());
    if (!found) throw badUserInput('communeCode', `"${communeCode}" is not a commune code of the official geography (COG)`);
    const code = found.commune.code;
    if (adherent.kind === 'PAYS') {
      const declared = await this.declaredCommunes.load(adherent.id);
      return declared.some((member) => currentCommuneCode(member.communeCode) === code);
    }
    if (!adherent.territoryLevel || !adherent.territoryCode) return false;
    const territory = geography().get(adherent.territoryLevel, adherent.territoryCode);
    return territory ? geography().contains(territory, code) : false;
  }

  private async loadCoveringPages(parentIds: readonly string[], page: PageArgs): Promise<Map<string, Connection<AdherentEntity>>> {
    const size = pageSize(page.first);
    const after = decodeCursor(page.after, ADHERENT_ORDER.length);
    const result = new Map<string, Connection<AdherentEntity>>();
    await Promise.all(
      [...byLevel(parentIds)].map(async ([level, territories]) => {
        const { params, condition } = batchOverlap(level, territories);
        const conditions = [VALIDATED_SQL, condition];
        if (after) {
          conditions.push(keysetCondition(ADHERENT_ORDER, after, (_i, value) => {
            params.push(value);
            return `$${params.length}`;
          }));
        }
        params.push(size + 1);
        const raw: Record<string, unknown>[] = await this.dataSource.query(
          `SELECT p.code AS "__parent", a.* FROM unnest($1::text[]) AS p(code)
            CROSS JOIN LATERAL (SELECT a.* FROM adherents.adherent a WHERE ${conditions.join(' AND ')}
              ORDER BY ${orderByClause(ADHERENT_ORDER)} LIMIT $${params.length}) a`,
          params,
        );
        const rowsByCode = new Map<string, AdherentEntity[]>();
        for (const row of raw) {
          const code = row.__parent as string;
          rowsByCode.set(code, [...(rowsByCode.get(code) ?? []), hydrate(this.adherents, row)]);
        }
        for (const territory of territories) {
          const parentId = `${level}:${territory.code}`;
          result.set(parentId, connectionFromRows(rowsByCode.get(territory.code) ?? [], size, ADHERENT_ORDER, () => this.coveringCounts.load(parentId)));
        }
      }),
    );
    return result;
  }

  private async loadCoveringCounts(parentIds: readonly string[]): Promise<number[]> {
    const counts = new Map<string, number>();
    await Promise.all(
      [...byLevel(parentIds)].map(async ([level, territories]) => {
        const { params, condition } = batchOverlap(level, territories);
        const rows: { code: string; count: number }[] = await this.dataSource.query(
          `SELECT p.code, (SELECT count(*) FROM adherents.adherent a WHERE ${VALIDATED_SQL} AND ${condition})::int AS count
            FROM unnest($1::text[]) AS p(code)`,
          params,
        );
        for (const row of rows) counts.set(`${level}:${row.code}`, row.count);
      }),
    );
    return parentIds.map((id) => counts.get(id) ?? 0);
  }
}

/** Territory keys "LEVEL:code" grouped by level, keeping only territories of the official geography. */
function byLevel(parentIds: readonly string[]): Map<TerritoryLevel, Territory[]> {
  const groups = new Map<TerritoryLevel, Territory[]>();
  for (const parentId of parentIds) {
    const separator = parentId.indexOf(':');
    const territory = geography().get(parentId.slice(0, separator) as TerritoryLevel, parentId.slice(separator + 1));
    if (territory) groups.set(territory.level, [...(groups.get(territory.level) ?? []), territory]);
  }
  return groups;
}

/**
 * The overlap condition for a batch of territories of one level, as the body of a LATERAL join on
 * `p(code)` = $1: the areas of each territory travel as parallel arrays $2..$4.
 */
function batchOverlap(level: TerritoryLevel, territories: Territory[]): { params: unknown[]; condition: string } {
  if (level === 'COUNTRY') return { params: [territories.map((t) => t.code)], condition: overlapCondition(level, 'p.code', '') };
  const parents: string[] = [];
  const levels: string[] = [];
  const codes: string[] = [];
  for (const territory of territories) {
    for (const area of overlappingAreas(territory)) {
      parents.push(territory.code);
      levels.push(area.level);
      codes.push(area.code);
    }
  }
  return {
    params: [territories.map((t) => t.code), parents, levels, codes],
    condition: overlapCondition(level, 'p.code', 'SELECT x.level, x.code FROM unnest($2::text[], $3::text[], $4::text[]) AS x(parent, level, code) WHERE x.parent = p.code'),
  };
}

/**
 * SQL condition on adherent `a`: its ressort shares at least one commune with the territory of
 * `level` whose code is `codeSql`. Régions, départements and EPCI that overlap the territory come in
 * as `areasSql` (few rows, computed from the geography); communes inside it and « pays » that declared
 * one are matched through the geo reference tables, since a région holds thousands of communes.
 */
function overlapCondition(level: TerritoryLevel, codeSql: string, areasSql: string): string {
  const paysMember = (inside: string | null) =>
    `EXISTS (SELECT 1 FROM adherents.pays_commune pc WHERE pc.adherent_id = a.id${inside ? ` AND ${inside}` : ''})`;
  if (level === 'COUNTRY') return `(a.territory_level IS NOT NULL OR ${paysMember(null)})`;
  return `((a.territory_level, a.territory_code) IN (${areasSql})
    OR (a.territory_level = 'COMMUNE' AND ${territorySql('a.territory_code', level, codeSql)})
    OR ${paysMember(territorySql('pc.commune_code', level, codeSql))})`;
}

/** Régions, départements and EPCI sharing at least one commune with a territory (itself included). */
function overlappingAreas(territory: Territory): { level: Exclude<RessortLevel, 'COMMUNE'>; code: string }[] {
  const g = geography();
  const seen = new Set<string>();
  const areas: { level: Exclude<RessortLevel, 'COMMUNE'>; code: string }[] = [];
  const add = (level: Exclude<RessortLevel, 'COMMUNE'>, code: string | null) => {
    if (!code || seen.has(`${level}:${code}`)) return;
    seen.add(`${level}:${code}`);
    areas.push({ level, code });
  };
  for (const code of g.communeCodesIn(territory)) {
    const commune = g.commune(code);
    if (!commune) continue;
    add('REGION', commune.regionCode);
    add('DEPARTEMENT', commune.departementCode);
    add('EPCI', commune.epciCode);
  }
  return areas;
}

function currentCommuneCode(code: string): string {
  return geography().currentCommune(code)?.commune.code ?? code;
}
