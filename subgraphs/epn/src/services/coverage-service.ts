import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  badUserInput, decodeCursor, encodeCursor, geography, pageSize, resolveTerritory,
  type CursorValue, type PageInfo, type Territory, type TerritoryLevel, type TerritoryRef,
} from '../../../kit/src';
import { COMMUNE_KEY, NAME_TABLE, RATIOS, pointFiguresCtes, seriesFiguresSql, type CoverageLevel } from './coverage-sql';

/** Label coverage of one territory on one day (see the LabelCoverage type of schema.graphql). */
export interface CoverageFigures {
  territory: Territory;
  date: string;
  population: number;
  communeCount: number;
  epnCount: number;
  labelledEpnCount: number;
  labelledEpnPer100k: number | null;
  labelledEpnShare: number | null;
  coveredCommuneCount: number;
  coveredCommuneShare: number;
  coveredPopulation: number;
  coveredPopulationShare: number | null;
}

export interface CoverageFilter {
  minLabelledEpnPer100k?: number | null;
  maxLabelledEpnPer100k?: number | null;
  minPopulation?: number | null;
  maxPopulation?: number | null;
  hasLabelledEpn?: boolean | null;
}

export const COVERAGE_ORDER_FIELDS = [
  'CODE', 'NAME', 'POPULATION', 'EPN_COUNT', 'LABELLED_EPN_COUNT', 'LABELLED_EPN_PER_100K', 'LABELLED_EPN_SHARE',
  'COVERED_COMMUNE_SHARE', 'COVERED_POPULATION_SHARE',
] as const;
export type CoverageOrderField = (typeof COVERAGE_ORDER_FIELDS)[number];

export interface CoverageOrder {
  field: CoverageOrderField;
  descending?: boolean | null;
}

export interface CoverageQuery {
  level: TerritoryLevel;
  within?: TerritoryRef | null;
  date?: Date | string | null;
  filter?: CoverageFilter | null;
  orderBy?: CoverageOrder | null;
  first?: number | null;
  after?: string | null;
}

export interface CoverageConnection {
  level: CoverageLevel;
  date: string;
  /** Computed only when asked for when the page did not need it (pages in code order). */
  total: () => Promise<CoverageFigures>;
  edges: { cursor: string; node: CoverageFigures }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export type CoverageInterval = 'MONTH' | 'QUARTER' | 'YEAR';

export interface CoverageHistoryQuery {
  level: TerritoryLevel;
  within?: TerritoryRef | null;
  from: Date | string;
  to?: Date | string | null;
  interval: CoverageInterval;
  first?: number | null;
  after?: string | null;
}

export interface CoverageSeries {
  territory: Territory;
  figures: CoverageFigures[];
}

export interface CoverageHistoryConnection {
  level: CoverageLevel;
  dates: string[];
  /** Computed only when asked for: the series of the whole territory is a second national pass. */
  total: () => Promise<CoverageFigures[]>;
  edges: { cursor: string; node: CoverageSeries }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A page of coverage rows is small aggregates: every département (101) or EPCI of a région fits. */
export const COVERAGE_MAX_PAGE_SIZE = 1000;
export const COVERAGE_DEFAULT_PAGE_SIZE = 100;
export const HISTORY_MAX_DATES = 400;
/** Above this many communes, reading every EPN once beats looking them up commune by commune. */
const LOOKUP_MAX_COMMUNES = 8000;

const LEVEL_RANK: Record<TerritoryLevel, number> = { COUNTRY: 0, REGION: 1, DEPARTEMENT: 2, EPCI: 3, COMMUNE: 4 };

/** SQL of each order field over the `rows` CTE (aliased `r`), and the type of its cursor value. */
const ORDER_SQL: Record<CoverageOrderField, { expression: string; type: 'text' | 'float8' }> = {
  CODE: { expression: 'r.code', type: 'text' },
  NAME: { expression: 'r.name', type: 'text' },
  POPULATION: { expression: 'r.population', type: 'float8' },
  EPN_COUNT: { expression: 'r.epn_count', type: 'float8' },
  LABELLED_EPN_COUNT: { expression: 'r.labelled_epn_count', type: 'float8' },
  LABELLED_EPN_PER_100K: { expression: 'r.labelled_epn_per_100k', type: 'float8' },
  LABELLED_EPN_SHARE: { expression: 'r.labelled_epn_share', type: 'float8' },
  COVERED_COMMUNE_SHARE: { expression: 'r.covered_commune_share', type: 'float8' },
  COVERED_POPULATION_SHARE: { expression: 'r.covered_population_share', type: 'float8' },
};

interface FiguresRow {
  code?: string;
  population: string | number;
  commune_count: number;
  epn_count: number;
  labelled_epn_count: number;
  covered_commune_count: number;
  covered_population: string | number;
  labelled_epn_per_100k: number | null;
  labelled_epn_share: number | null;
  covered_commune_share: number;
  covered_population_share: number | null;
}

/**
 * Label coverage by territory, on one day or over time. Figures are computed by PostgreSQL (see
 * coverage-sql.ts); this service checks arguments, picks the communes of rows and totals, and pages.
 */
export class CoverageService {
  private readonly territoryFigures: DataLoader<{ territory: Territory; date: string }, CoverageFigures, string>;

  constructor(private readonly dataSource: DataSource) {
    this.territoryFigures = new DataLoader(
      (keys) => this.loadTerritoryFigures(keys),
      { cacheKeyFn: (key) => `${key.date}|${key.territory.level}|${key.territory.code}`, maxBatchSize: 1000 },
    );
  }

  /** Figures of one territory (any level, France included); batched per request. */
  ofTerritory(territory: Territory, date: Date | string | null | undefined): Promise<CoverageFigures> {
    return this.territoryFigures.load({ territory, date: coverageDay(date, 'date') });
  }

  async coverage(query: CoverageQuery): Promise<CoverageConnection> {
    const level = coverageLevel(query.level);
    const scope = query.within ? resolveTerritory(query.within, 'within') : geography().country;
    checkNesting(level, scope);
    const date = coverageDay(query.date, 'date');
    const size = coveragePageSize(query.first);
    const order: CoverageOrder = query.orderBy ?? { field: 'CODE' };
    const sort = ORDER_SQL[order.field];
    if (!sort) throw badUserInput('orderBy.field', `must be one of ${COVERAGE_ORDER_FIELDS.join(', ')}`);
    const descending = order.descending === true;

    const params: unknown[] = [date];
    const param = (value: unknown, cast: string) => {
      params.push(value);
      return `$${params.length}::${cast}`;
    };
    const scopeCode = scope.level === 'COUNTRY' ? '' : param(scope.code, 'text');
    const filters = filterConditions(query.filter, param);
    const after = decodeCursor(query.after, 3);
    if (after && after[0] !== order.field) throw badUserInput('after', 'is a cursor of a list in another order (use pageInfo.endCursor of this list)');
    // A page of some of the territories in code order counts only those; a whole list is cheaper in one statement.
    if (order.field === 'CODE' && !filters.length && territoriesIn(level, scope).length > size) {
      return this.coverageInCodeOrder(level, scope, date, size, descending, after ? String(after[2]) : null);
    }
    const keyset = after ? keysetCondition(order.field, descending, after[1], String(after[2]), param) : 'TRUE';
    // Codes compare byte by byte (COLLATE "C") whatever the database's locale, as cursors expect.
    const sortSql = order.field === 'CODE'
      ? `r.code COLLATE "C" ${descending ? 'DESC' : 'ASC'}`
      : `${sort.expression} ${descending ? 'DESC' : 'ASC'} NULLS LAST, r.code COLLATE "C" ASC`;
    const limit = param(size + 1, 'int');
    const sql = `
      WITH ${pointFiguresCtes({ rowKey: COMMUNE_KEY[level], rowCommunes: rowCommunes(level, scope, scopeCode), totalCommunes: scopeCondition(scope, scopeCode), day: '$1', epns: scope.level === 'COUNTRY' ? 'scan' : 'lookup' })},
      rows AS (
        SELECT g.*, n.name, ${RATIOS} FROM grouped g JOIN ${NAME_TABLE[level]} n ON n.code = g.code
      ),
      filtered AS (
        SELECT r.* FROM rows r WHERE ${filters.length ? filters.join(' AND ') : 'TRUE'}
      ),
      page AS (
        SELECT r.*, row_number() OVER (ORDER BY ${sortSql}) AS position
        FROM filtered r WHERE ${keyset}
        ORDER BY ${sortSql} LIMIT ${limit}
      )
      SELECT
        (SELECT row_to_json(t) FROM (SELECT g.*, ${RATIOS} FROM total g) t) AS total,
        (SELECT count(*)::int FROM filtered) AS total_count,
        (SELECT coalesce(json_agg(p ORDER BY p.position), '[]'::json) FROM page p) AS rows`;
    const [result]: { total: FiguresRow; total_count: number; rows: FiguresRow[] }[] = await this.dataSource.query(sql, params);

    const g = geography();
    const page = result.rows.slice(0, size);
    const edges = page.map((row) => ({
      cursor: encodeCursor([order.field, sortValue(row, order.field), row.code!]),
      node: toFigures(row, g.get(level, row.code!)!, date),
    }));
    const total = toFigures(result.total, scope, date);
    return {
      level,
      date,
      total: async () => total,
      edges,
      pageInfo: { hasNextPage: result.rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: result.total_count,
    };
  }

  /**
   * Pages in code order without a filter (the default order; the CSV export of every commune): the
   * page's territories come from the geography in memory, so PostgreSQL counts only their communes,
   * and the total is one more batched figure, computed only if asked for.
   */
  private async coverageInCodeOrder(
    level: CoverageLevel, scope: Territory, date: string, size: number, descending: boolean, after: string | null,
  ): Promise<CoverageConnection> {
    const all = territoriesIn(level, scope);
    if (descending) all.reverse();
    const start = after === null ? 0 : all.findIndex((t) => (descending ? t.code < after : t.code > after));
    const slice = start < 0 ? [] : all.slice(start, start + size + 1);
    const page = slice.slice(0, size);
    const figures = await Promise.all(page.map((territory) => this.ofTerritory(territory, date)));
    const edges = figures.map((node) => ({ cursor: encodeCursor(['CODE', null, node.territory.code]), node }));
    return {
      level,
      date,
      total: () => this.ofTerritory(scope, date),
      edges,
      pageInfo: { hasNextPage: slice.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: all.length,
    };
  }

  async history(query: CoverageHistoryQuery): Promise<CoverageHistoryConnection> {
    const level = coverageLevel(query.level);
    const scope = query.within ? resolveTerritory(query.within, 'within') : geography().country;
    checkNesting(level, scope);
    const from = coverageDay(query.from, 'from');
    const to = coverageDay(query.to, 'to');
    if (from > to) throw badUserInput('from', `must not be after "to" (${to})`);
    const dates = seriesDays(from, to, query.interval);

    const size = pageSize(query.first);
    const after = decodeCursor(query.after, 1);
    const all = territoriesIn(level, scope);
    const start = after ? all.findIndex((t) => t.code > String(after[0])) : 0;
    const slice = start < 0 ? [] : all.slice(start, start + size + 1);
    const territories = slice.slice(0, size);

    const rows = territories.length
      ? await this.seriesRows(level, `${COMMUNE_KEY[level]} = ANY($2::text[])`, [dates, territories.map((t) => t.code)])
      : new Map<string, FiguresRow[]>();
    const edges = territories.map((territory) => ({
      cursor: encodeCursor([territory.code]),
      node: { territory, figures: (rows.get(territory.code) ?? []).map((row, k) => toFigures(row, territory, dates[k])) },
    }));
    return {
      level,
      dates,
      total: async () => {
        const totals = scope.level === 'COUNTRY'
          ? await this.seriesRows('COUNTRY', 'TRUE', [dates])
          : await this.seriesRows('COUNTRY', scopeCondition(scope, '$2::text'), [dates, scope.code]);
        return (totals.get('FR') ?? []).map((row, k) => toFigures(row, scope, dates[k]));
      },
      edges,
      pageInfo: { hasNextPage: slice.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: all.length,
    };
  }

  /** Series rows by territory code, in day order; `COUNTRY` groups every selected commune as one. */
  private async seriesRows(level: TerritoryLevel, communes: string, params: unknown[]): Promise<Map<string, FiguresRow[]>> {
    const rows: (FiguresRow & { row_code: string; k: number })[] = await this.dataSource.query(
      seriesFiguresSql({ rowKey: COMMUNE_KEY[level], rowCommunes: communes, days: '$1' }),
      params,
    );
    const byCode = new Map<string, FiguresRow[]>();
    for (const row of rows) {
      const list = byCode.get(row.row_code) ?? [];
      list.push(row);
      byCode.set(row.row_code, list);
    }
    return byCode;
  }

  private async loadTerritoryFigures(keys: readonly { territory: Territory; date: string }[]): Promise<CoverageFigures[]> {
    const groups = new Map<string, { level: TerritoryLevel; date: string; codes: string[] }>();
    for (const { territory, date } of keys) {
      const key = `${date}|${territory.level}`;
      const group = groups.get(key) ?? { level: territory.level, date, codes: [] };
      group.codes.push(territory.code);
      groups.set(key, group);
    }
    const results = new Map<string, FiguresRow>();
    await Promise.all(
      [...groups.values()].map(async ({ level, date, codes }) => {
        const rowCommunesSql = level === 'COUNTRY' ? 'TRUE' : `${COMMUNE_KEY[level]} = ANY($2::text[])`;
        const g = geography();
        const communes = codes.reduce((sum, code) => sum + (g.get(level, code) ? g.communeCodesIn(g.get(level, code)!).length : 0), 0);
        const epns = communes > LOOKUP_MAX_COMMUNES ? 'scan' : 'lookup';
        const rows: FiguresRow[] = await this.dataSource.query(
          `WITH ${pointFiguresCtes({ rowKey: COMMUNE_KEY[level], rowCommunes: rowCommunesSql, totalCommunes: 'FALSE', day: '$1', epns })}
           SELECT g.*, ${RATIOS} FROM grouped g WHERE g.code = ANY($2::text[])`,
          [date, codes],
        );
        for (const row of rows) results.set(`${date}|${level}|${row.code}`, row);
      }),
    );
    return keys.map(({ territory, date }) => {
      const row = results.get(`${date}|${territory.level}|${territory.code}`);
      // A territory without communes (none in the official geography) has nothing to count.
      return toFigures(row ?? emptyRow(), territory, date);
    });
  }
}

function coverageLevel(level: TerritoryLevel): CoverageLevel {
  if (level === 'COUNTRY') throw badUserInput('level', 'must be REGION, DEPARTEMENT, EPCI or COMMUNE (France as a whole is the total of any level)');
  return level;
}

/** Rows must be finer than the territory they divide; an EPCI may straddle départements and régions. */
function checkNesting(level: CoverageLevel, scope: Territory): void {
  if (LEVEL_RANK[level] <= LEVEL_RANK[scope.level] || (scope.level === 'EPCI' && level !== 'COMMUNE')) {
    throw badUserInput('level', `${level} cannot divide a ${scope.level.toLowerCase()} (use a finer level, e.g. COMMUNE)`);
  }
}

/** Communes `c` of a territory whose code is the SQL parameter `code` (unused for France). */
function scopeCondition(scope: Territory, code: string): string {
  return scope.level === 'COUNTRY' ? 'TRUE' : `${COMMUNE_KEY[scope.level]} = ${code}`;
}

/**
 * Communes `c` whose rows are wanted: those of the scope, except that an EPCI reaching into the scope
 * is taken whole, with its member communes on the other side of a boundary.
 */
function rowCommunes(level: CoverageLevel, scope: Territory, code: string): string {
  if (level !== 'EPCI' || scope.level === 'COUNTRY') return scopeCondition(scope, code);
  const inside = COMMUNE_KEY[scope.level].replace(/^c\./, 's.');
  return `c.epci_code IN (SELECT s.epci_code FROM geo.commune s WHERE ${inside} = ${code} AND s.epci_code IS NOT NULL)`;
}

/** Territories of a level in a scope, by code (as the coverage rows): for EPCI, every one reaching in. */
export function territoriesIn(level: CoverageLevel, scope: Territory): Territory[] {
  const g = geography();
  let list: Territory[];
  if (level === 'EPCI') list = g.epcisIn(scope);
  else if (level === 'COMMUNE') list = g.communeCodesIn(scope).map((code) => g.commune(code)!);
  else if (scope.level === 'COUNTRY') list = g.all(level);
  else list = g.all(level).filter((t) => t.regionCode === scope.code);
  return list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function filterConditions(filter: CoverageFilter | null | undefined, param: (value: unknown, cast: string) => string): string[] {
  const conditions: string[] = [];
  if (!filter) return conditions;
  const number = (name: keyof CoverageFilter, value: number | null | undefined) => {
    if (value === null || value === undefined) return false;
    if (!Number.isFinite(value) || value < 0) throw badUserInput(`filter.${name}`, 'must be a number ≥ 0');
    return true;
  };
  if (number('minLabelledEpnPer100k', filter.minLabelledEpnPer100k)) conditions.push(`r.labelled_epn_per_100k >= ${param(filter.minLabelledEpnPer100k, 'float8')}`);
  if (number('maxLabelledEpnPer100k', filter.maxLabelledEpnPer100k)) conditions.push(`r.labelled_epn_per_100k <= ${param(filter.maxLabelledEpnPer100k, 'float8')}`);
  if (number('minPopulation', filter.minPopulation)) conditions.push(`r.population >= ${param(filter.minPopulation, 'bigint')}`);
  if (number('maxPopulation', filter.maxPopulation)) conditions.push(`r.population <= ${param(filter.maxPopulation, 'bigint')}`);
  if (filter.hasLabelledEpn === true) conditions.push('r.labelled_epn_count > 0');
  if (filter.hasLabelledEpn === false) conditions.push('r.labelled_epn_count = 0');
  return conditions;
}

/**
 * "Strictly after the cursor" in the order (value NULLS LAST, code): rows without a value come
 * after every row with one, in either direction.
 */
function keysetCondition(field: CoverageOrderField, descending: boolean, value: CursorValue, code: string, param: (value: unknown, cast: string) => string): string {
  const { expression, type } = ORDER_SQL[field];
  const codeParam = `${param(code, 'text')} COLLATE "C"`;
  if (field === 'CODE') return `r.code ${descending ? '<' : '>'} ${codeParam}`;
  if (value === null) return `(${expression} IS NULL AND r.code > ${codeParam})`;
  if ((type === 'text') !== (typeof value === 'string')) throw badUserInput('after', 'is not a cursor returned by this list (use pageInfo.endCursor)');
  const valueParam = param(value, type);
  return `(${expression} ${descending ? '<' : '>'} ${valueParam} OR (${expression} = ${valueParam} AND r.code > ${codeParam}) OR ${expression} IS NULL)`;
}

function sortValue(row: FiguresRow & { name?: string }, field: CoverageOrderField): CursorValue {
  switch (field) {
    case 'CODE': return null;
    case 'NAME': return row.name ?? null;
    case 'POPULATION': return Number(row.population);
    case 'EPN_COUNT': return row.epn_count;
    case 'LABELLED_EPN_COUNT': return row.labelled_epn_count;
    case 'LABELLED_EPN_PER_100K': return row.labelled_epn_per_100k;
    case 'LABELLED_EPN_SHARE': return row.labelled_epn_share;
    case 'COVERED_COMMUNE_SHARE': return row.covered_commune_share;
    case 'COVERED_POPULATION_SHARE': return row.covered_population_share;
  }
}

function toFigures(row: FiguresRow, territory: Territory, date: string): CoverageFigures {
  return {
    territory,
    date,
    population: Number(row.population),
    communeCount: row.commune_count,
    epnCount: row.epn_count,
    labelledEpnCount: row.labelled_epn_count,
    labelledEpnPer100k: row.labelled_epn_per_100k,
    labelledEpnShare: row.labelled_epn_share,
    coveredCommuneCount: row.covered_commune_count,
    coveredCommuneShare: row.covered_commune_share,
    coveredPopulation: Number(row.covered_population),
    coveredPopulationShare: row.covered_population_share,
  };
}

function emptyRow(): FiguresRow {
  return {
    population: 0, commune_count: 0, epn_count: 0, labelled_epn_count: 0, covered_commune_count: 0, covered_population: 0,
    labelled_epn_per_100k: null, labelled_epn_share: null, covered_commune_share: 0, covered_population_share: null,
  };
}

function coveragePageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return COVERAGE_DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > COVERAGE_MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be between 1 and ${COVERAGE_MAX_PAGE_SIZE}, got ${first}`, { maximum: COVERAGE_MAX_PAGE_SIZE });
  }
  return first;
}

/** Today in Paris, the calendar the national mission works in. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A day of the label history as YYYY-MM-DD: today by default, never in the future. */
export function coverageDay(value: Date | string | null | undefined, argument: string): string {
  const today = parisToday();
  if (value === null || value === undefined) return today;
  const day = typeof value === 'string' ? value : value.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw badUserInput(argument, 'must be a date YYYY-MM-DD');
  if (day > today) throw badUserInput(argument, `must not be after today (${today}): coverage is computed from the label history`);
  if (day < '1990-01-01') throw badUserInput(argument, 'must be on or after 1990-01-01');
  return day;
}

/**
 * The days of a series: `from`, then every interval after it (the same day of the month, or the last
 * day of a shorter month), while before `to`, and `to` itself.
 */
export function seriesDays(from: string, to: string, interval: CoverageInterval): string[] {
  const months = interval === 'MONTH' ? 1 : interval === 'QUARTER' ? 3 : 12;
  const [year, month, day] = from.split('-').map(Number);
  const days: string[] = [];
  for (let k = 0; ; k += 1) {
    const total = month - 1 + k * months;
    const y = year + Math.floor(total / 12);
    const m = total % 12;
    const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const next = new Date(Date.UTC(y, m, Math.min(day, lastDay))).toISOString().slice(0, 10);
    if (next >= to) break;
    days.push(next);
    if (days.length >= HISTORY_MAX_DATES) {
      throw badUserInput('interval', `gives more than ${HISTORY_MAX_DATES} dates between "from" and "to": use a longer interval or a shorter period`);
    }
  }
  days.push(to);
  return days;
}
