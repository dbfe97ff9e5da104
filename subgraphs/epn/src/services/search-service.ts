import type { DataSource } from 'typeorm';
import {
  badUserInput, decodeCursor, encodeCursor, geography, keysetCondition, pageSize, resolveTerritory, vocabularyValues,
  VENUE_TYPES, type CursorValue, type Logger, type PageInfo, type Territory, type TerritoryRef,
} from '../../../kit/src';
import type { EpnEntity } from '../entities';
import { compilePendingSchedulesSoon } from './directory-maintenance';
import { calendarMoments, isOpenAt } from './opening-hours';
import type { EpnService } from './epn-service';

/**
 * The portal's directory: one search for what a person types and clicks — words, filters, a
 * point on the map, « open at » — over the projection epn.directory_entry (one narrow row per
 * EPN, kept by triggers). See the subgraph README for the design and the benchmark.
 */

/** Largest radius of a search around a point, in km. */
export const MAX_RADIUS_KM = 100;
/** Longest text a search accepts, in characters, and most words it uses. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;
/** Mean Earth radius (IUGG), the one `epn.directory_point` and the kit's haversine use. */
const EARTH_RADIUS_M = 6_371_008.8;
/** Below this trigram similarity a dictionary word is not offered as the correction of a typo. */
const TYPO_SIMILARITY = 0.4;
const TYPO_CANDIDATES = 3;
/** Words that carry no meaning in a place name (« Médiathèque de la Ville » = « médiathèque ville »). */
const STOP_WORDS = ['au', 'aux', 'avec', 'chez', 'dans', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une'];

export type EpnSearchOrder = 'RELEVANCE' | 'DISTANCE' | 'NAME';

export interface EpnSearchFilterInput {
  territory?: TerritoryRef | null;
  labelled?: boolean | null;
  services?: readonly string[] | null;
  specificPublics?: readonly string[] | null;
  accessibilitySupport?: readonly string[] | null;
  accompanimentModes?: readonly string[] | null;
  fees?: readonly string[] | null;
  venueTypes?: readonly string[] | null;
  itinerant?: boolean | null;
  openAt?: Date | null;
}

export interface NearInput {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

export interface EpnSearchArgs {
  query?: string | null;
  filter?: EpnSearchFilterInput | null;
  near?: NearInput | null;
  orderBy?: EpnSearchOrder | null;
  first?: number | null;
  after?: string | null;
}

export interface EpnSearchEdgeModel {
  cursor: string;
  node: EpnEntity;
  distanceKm: number | null;
  relevance: number | null;
}

export interface ValueCount<T> {
  value: T;
  count: number;
}

export interface EpnSearchFacetsModel {
  services: ValueCount<string>[];
  specificPublics: ValueCount<string>[];
  accessibilitySupport: ValueCount<string>[];
  accompanimentModes: ValueCount<string>[];
  fees: ValueCount<string>[];
  venueTypes: ValueCount<string>[];
  labelled: { labelled: boolean; count: number }[];
  departements: { territory: Territory; count: number }[];
}

export interface EpnSearchConnectionModel {
  edges: EpnSearchEdgeModel[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
  facets: () => Promise<EpnSearchFacetsModel>;
}

/** Multi-valued vocabularies: a filter on several values asks for all of them (« offers A and B »). */
const ALL_OF = [
  { argument: 'services', column: 'services', vocabulary: 'Service' },
  { argument: 'specificPublics', column: 'specific_publics', vocabulary: 'SpecificPublic' },
  { argument: 'accessibilitySupport', column: 'accessibility_support', vocabulary: 'AccessibilitySupport' },
  { argument: 'accompanimentModes', column: 'accompaniment_modes', vocabulary: 'AccompanimentMode' },
] as const;

const FEES = vocabularyValues('Fee') as string[];
const VENUES = Object.keys(VENUE_TYPES);

interface PageRow {
  id: string;
  name: string;
  rank: number | null;
  chord: number | null;
  [alias: string]: CursorValue;
}

interface Aggregates {
  total: number;
  facets: EpnSearchFacetsModel;
}

/** Positional parameters of one statement. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

/** A piece of SQL that binds its own values into the statement being built. */
type Sql = (params: Params) => string;

const sql = (text: string): Sql => () => text;
const all = (pieces: Sql[], params: Params) => pieces.map((piece) => piece(params)).join(' AND ') || 'true';

interface SortKey {
  expression: Sql;
  direction: 'ASC' | 'DESC';
  cast: string;
  alias: string;
}

/** A validated search, as SQL pieces that its statements (page, count, facets) share. */
interface Plan {
  /** Conditions every counted row meets, facets included. */
  base: Sql[];
  /** Alternatives whose facet ignores their own filter: fees, venue types, label status. */
  choices: { fees: Sql | null; venues: Sql | null; labelled: Sql | null };
  order: EpnSearchOrder;
  keys: SortKey[];
  /** Chord length to the search point, in metres (monotonic in the great-circle distance). */
  distance: Sql | null;
  /** Relevance × 10⁶, an integer so that cursors compare it exactly. */
  rank: Sql | null;
  /** A word matches nothing at all: the result is empty without asking the database. */
  empty: boolean;
  /** Within a circle, or a département or smaller: few enough rows to compute once and reuse. */
  bounded: boolean;
}

/** What a cursor may carry for each kind of sort key (a forged one must not reach SQL). */
const CURSOR_VALUE: Record<string, (value: CursorValue) => boolean> = {
  integer: (value) => Number.isInteger(value),
  float8: (value) => typeof value === 'number' && Number.isFinite(value),
  text: (value) => typeof value === 'string',
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

function mask(vocabulary: string, values: readonly string[]): number {
  const all = vocabularyValues(vocabulary as never) as string[];
  return values.reduce((bits, value) => bits | (1 << all.indexOf(value)), 0);
}

function chordMetres(radiusKm: number): number {
  return 2 * EARTH_RADIUS_M * Math.sin((radiusKm * 1000) / (2 * EARTH_RADIUS_M));
}

function kilometresFromChord(chord: number): number {
  return (2 * EARTH_RADIUS_M * Math.asin(Math.min(1, chord / (2 * EARTH_RADIUS_M)))) / 1000;
}

export class DirectorySearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly epns: EpnService,
    private readonly logger: Logger,
  ) {}

  /**
   * One page of a search. With `facets` (the caller selected them), one statement computes the
   * matching rows once and returns the page, the total and every facet count; otherwise the page
   * query alone runs, and the total only when asked.
   */
  async search(args: EpnSearchArgs, options: { facets?: boolean } = {}): Promise<EpnSearchConnectionModel> {
    const size = pageSize(args.first);
    const plan = await this.plan(args);
    const tag = plan.order[0];
    const decoded = decodeCursor(args.after, plan.keys.length + 1);
    if (decoded && decoded[0] !== tag) {
      throw badUserInput('after', 'is a cursor of a search in another order; use pageInfo.endCursor of this search');
    }
    const after = decoded?.slice(1) ?? null;
    if (after && !after.every((value, i) => CURSOR_VALUE[plan.keys[i].cast](value))) {
      throw badUserInput('after', 'is not a cursor returned by this search (use pageInfo.endCursor)');
    }

    let aggregates: Promise<Aggregates> | null = null;
    let total: Promise<number> | null = null;
    let rows: PageRow[];
    if (plan.empty) {
      rows = [];
      aggregates = Promise.resolve({ total: 0, facets: emptyFacets() });
    } else if (options.facets) {
      const result = await this.pageWithAggregates(plan, after, size);
      rows = result.rows;
      aggregates = Promise.resolve(result.aggregates);
    } else {
      rows = await this.page(plan, after, size);
    }

    const pageRows = rows.slice(0, size);
    const nodes = await Promise.all(pageRows.map((row) => this.epns.get(row.id)));
    const edges: EpnSearchEdgeModel[] = [];
    pageRows.forEach((row, i) => {
      const node = nodes[i];
      // Deleted between the two statements: left out rather than failing the page.
      if (!node) return;
      edges.push({
        node,
        cursor: encodeCursor([tag, ...plan.keys.map((k) => row[k.alias])]),
        distanceKm: row.chord === null ? null : kilometresFromChord(Number(row.chord)),
        relevance: row.rank === null ? null : Number(row.rank) / 1_000_000,
      });
    });
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: () => (aggregates ? aggregates.then((a) => a.total) : (total ??= this.count(plan))),
      facets: async () => (await (aggregates ??= this.aggregates(plan))).facets,
    };
  }

  /** Columns of a page row; sort keys are selected under their aliases. */
  private pageColumns(plan: Plan, params: Params): string {
    return [
      'd.epn_id AS "id"',
      'd.name_key AS "name"',
      `${plan.rank ? plan.rank(params) : 'NULL::integer'} AS "rank"`,
      `${plan.distance ? plan.distance(params) : 'NULL::float8'} AS "chord"`,
    ].join(', ');
  }

  private keyset(plan: Plan, after: CursorValue[], params: Params, column: (key: SortKey) => string): string {
    const keys = plan.keys.map((k) => ({ expression: column(k), direction: k.direction, value: () => null }));
    return keysetCondition(keys, after, (i, value) => params.add(value, plan.keys[i].cast));
  }

  private orderBy(plan: Plan): string {
    return plan.keys.map((k) => `"${k.alias}" ${k.direction}`).join(', ');
  }

  private async page(plan: Plan, after: CursorValue[] | null, size: number): Promise<PageRow[]> {
    const params = new Params();
    const where = [...plan.base, ...choices(plan)].map((c) => c(params));
    if (after) where.push(this.keyset(plan, after, params, (k) => k.expression(params)));
    return this.dataSource.query(
      `SELECT ${this.pageColumns(plan, params)} FROM epn.directory_entry d
       WHERE ${where.join(' AND ') || 'true'}
       ORDER BY ${this.orderBy(plan)} LIMIT ${size + 1}`,
      params.values,
    );
  }

  // --- Validation and SQL pieces -------------------------------------------------------------------------

  private async plan(args: EpnSearchArgs): Promise<Plan> {
    const filter = args.filter ?? {};
    const hasQuery = args.query !== null && args.query !== undefined;
    const plan: Plan = { base: [], choices: { fees: null, venues: null, labelled: null }, order: 'NAME', keys: [], distance: null, rank: null, empty: false, bounded: false };
    const { base } = plan;

    if (filter.territory) {
      const territory = resolveTerritory(filter.territory, 'filter.territory');
      const column = { COMMUNE: 'commune_code', DEPARTEMENT: 'departement_code', REGION: 'region_code', EPCI: 'epci_code', COUNTRY: null }[territory.level];
      if (column) base.push((p) => `d.${column} = ${p.add(territory.code)}`);
      plan.bounded = ['COMMUNE', 'DEPARTEMENT', 'EPCI'].includes(territory.level);
    }
    for (const { argument, column, vocabulary } of ALL_OF) {
      const values = filter[argument];
      if (values?.length) {
        const bits = mask(vocabulary, values);
        base.push(() => `d.${column} & ${bits} = ${bits}`);
      }
    }
    if (filter.itinerant !== null && filter.itinerant !== undefined) base.push(sql(`d.itinerant = ${filter.itinerant}`));
    if (filter.fees?.length) plan.choices.fees = sql(`d.fees & ${mask('Fee', filter.fees)} <> 0`);
    if (filter.venueTypes?.length) {
      const venues = [...filter.venueTypes];
      plan.choices.venues = (p) => `d.venue_type = ANY(${p.add(venues, 'text[]')})`;
    }
    if (filter.labelled !== null && filter.labelled !== undefined) plan.choices.labelled = sql(`d.labelled = ${filter.labelled}`);

    if (args.near) {
      const { latitude, longitude, radiusKm } = args.near;
      if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) throw badUserInput('near.latitude', `must be between -90 and 90 degrees, got ${latitude}`);
      if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) throw badUserInput('near.longitude', `must be between -180 and 180 degrees, got ${longitude}`);
      if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
        throw badUserInput('near.radiusKm', `must be more than 0 and at most ${MAX_RADIUS_KM} km, got ${radiusKm}`, { maximum: MAX_RADIUS_KM });
      }
      const point = (p: Params) => `epn.directory_point(${p.add(latitude, 'float8')}, ${p.add(longitude, 'float8')})`;
      const chord = chordMetres(radiusKm);
      plan.bounded = true;
      plan.distance = (p) => `public.cube_distance(d.location, ${point(p)})`;
      // The box lets the GiST index find candidates; the distance keeps those inside the circle.
      base.push((p) => `public.cube_enlarge(${point(p)}, ${p.add(chord, 'float8')}, 3) OPERATOR(public.@>) d.location`);
      base.push((p) => `${plan.distance!(p)} <= ${p.add(chord, 'float8')}`);
    }

    // Independent lookups, run side by side: the words' dictionary entries and the opening hours
    // the « open at » filter must evaluate itself.
    const [tsquery, uncompiled] = await Promise.all([
      hasQuery ? this.textQuery(args.query!) : null,
      filter.openAt ? this.uncompiledSchedules() : [],
    ]);
    if (hasQuery) {
      if (tsquery === null) plan.empty = true;
      else {
        base.push((p) => `d.terms @@ to_tsquery('simple', ${p.add(tsquery)})`);
        // Name matches weigh most, then commune and postal code, then the presentation.
        plan.rank = (p) => `(ts_rank('{0.05, 0.2, 0.5, 1.0}', d.terms, to_tsquery('simple', ${p.add(tsquery)}), 1) * 1000000)::integer`;
      }
    }

    if (filter.openAt && !plan.empty) await this.openAt(filter.openAt, uncompiled, plan);

    const order = args.orderBy ?? (args.near ? 'DISTANCE' : hasQuery ? 'RELEVANCE' : 'NAME');
    if (order === 'DISTANCE' && !args.near) throw badUserInput('orderBy', 'DISTANCE needs a point: give "near"');
    if (order === 'RELEVANCE' && !hasQuery) throw badUserInput('orderBy', 'RELEVANCE needs words to rank by: give "query"');
    plan.order = order;
    const name: SortKey = { expression: sql('d.name_key'), direction: 'ASC', cast: 'text', alias: 'name' };
    const id: SortKey = { expression: sql('d.epn_id'), direction: 'ASC', cast: 'uuid', alias: 'id' };
    if (order === 'DISTANCE') plan.keys = [{ expression: plan.distance!, direction: 'ASC', cast: 'float8', alias: 'chord' }, id];
    else if (order === 'RELEVANCE') plan.keys = [{ expression: plan.rank ?? sql('0'), direction: 'DESC', cast: 'integer', alias: 'rank' }, name, id];
    else plan.keys = [name, id];
    return plan;
  }

  /**
   * Words → a tsquery where every word must match. A word the directory knows is kept as is; an
   * unknown word is replaced by the closest known words (trigram similarity: pg_trgm's « text
   * search integration »); the last word also matches as a prefix while it is being typed. Returns
   * null when a word matches nothing (the search is then empty).
   */
  private async textQuery(raw: string): Promise<string | null> {
    const text = raw.trim();
    if (!text) throw badUserInput('query', 'must contain at least one word when given; leave it out to list without words');
    if (raw.length > MAX_QUERY_LENGTH) throw badUserInput('query', `must be at most ${MAX_QUERY_LENGTH} characters, got ${raw.length}`, { maximum: MAX_QUERY_LENGTH });
    const rows: { ord: number; word: string; candidate: string | null; exact: boolean | null }[] = await this.dataSource.query(
      `WITH words AS (
         SELECT word, min(ord)::int AS ord
         FROM regexp_split_to_table(epn.directory_normalize($1), ' ') WITH ORDINALITY AS t(word, ord)
         WHERE length(word) > 1 AND NOT word = ANY($2::text[])
         GROUP BY word ORDER BY 2 LIMIT ${MAX_QUERY_WORDS})
       SELECT q.ord, q.word, c.candidate, c.exact FROM words q
       LEFT JOIN LATERAL (
         SELECT w.word AS candidate, true AS exact, 1::real AS score FROM epn.directory_word w WHERE w.word = q.word
         UNION ALL
         (SELECT w.word, false, public.similarity(w.word, q.word) FROM epn.directory_word w
          WHERE w.word OPERATOR(public.%) q.word AND public.similarity(w.word, q.word) >= $3
            AND NOT EXISTS (SELECT 1 FROM epn.directory_word x WHERE x.word = q.word)
            AND EXISTS (SELECT 1 FROM epn.directory_entry d WHERE d.terms @@ to_tsquery('simple', w.word))
          ORDER BY 3 DESC, 1 LIMIT ${TYPO_CANDIDATES})
       ) c ON true
       ORDER BY q.ord, c.exact DESC NULLS LAST, c.candidate`,
      [text, STOP_WORDS, TYPO_SIMILARITY],
    );
    if (!rows.length) throw badUserInput('query', 'must contain a word to search for (two letters or digits or more, not only « de », « la »…)');
    const words = new Map<string, { ord: number; exact: boolean; candidates: string[] }>();
    for (const row of rows) {
      const word = words.get(row.word) ?? { ord: row.ord, exact: false, candidates: [] };
      if (row.exact) word.exact = true;
      else if (row.candidate) word.candidates.push(row.candidate);
      words.set(row.word, word);
    }
    const ordered = [...words.entries()].sort((a, b) => a[1].ord - b[1].ord);
    const typing = !/\s$/.test(raw);
    const parts: string[] = [];
    for (const [index, [word, found]] of ordered.entries()) {
      const prefix = typing && index === ordered.length - 1;
      // A prefix already matches the word itself.
      const terms = prefix ? [...(found.exact ? [] : found.candidates), `${word}:*`] : found.exact ? [word] : found.candidates;
      if (!terms.length) return null;
      parts.push(terms.length === 1 ? terms[0] : `(${terms.join(' | ')})`);
    }
    return parts.join(' & ');
  }

  /**
   * « Open at »: per calendar (région, or département in Alsace-Moselle), the local week minute
   * and whether the local date is a public holiday; compiled hours answer from their multiranges.
   * Hours that are not a weekly pattern (seasons, school holidays…) or not compiled yet are
   * evaluated here by the package, only for the rows the other filters leave.
   */
  private uncompiledSchedules(): Promise<{ id: number; kind: string }[]> {
    return this.dataSource.query(`SELECT id, kind FROM epn.opening_schedule WHERE kind IN ('PENDING', 'IRREGULAR')`);
  }

  private async openAt(instant: Date, uncompiled: { id: number; kind: string }[], plan: Plan): Promise<void> {
    const calendar = `coalesce(d.calendar_code, '11')`;
    // Calendars sharing a local week minute and holiday status share one condition (usually all of metropolitan France).
    const groups = new Map<string, { minute: number; holiday: boolean; codes: string[] }>();
    for (const { calendar: { code }, local, holiday } of calendarMoments(instant)) {
      const key = `${local.weekMinute}|${holiday}`;
      const group = groups.get(key) ?? { minute: local.weekMinute, holiday, codes: [] };
      group.codes.push(code);
      groups.set(key, group);
    }
    const paris = [...groups.values()].find((g) => g.codes.includes('11'))!;
    const openSchedules = (group: { minute: number; holiday: boolean }) =>
      `d.schedule_id = ANY(ARRAY(SELECT s.id FROM epn.opening_schedule s WHERE s.kind = 'WEEKLY' AND s.${group.holiday ? 'open_holiday' : 'open_regular'} @> ${group.minute}))`;
    const weekly = (p: Params) => {
      const others = [...groups.values()].filter((g) => g !== paris);
      if (!others.length) return openSchedules(paris);
      return `(CASE ${others.map((g) => `WHEN ${calendar} = ANY(${p.add(g.codes, 'text[]')}) THEN ${openSchedules(g)}`).join(' ')} ELSE ${openSchedules(paris)} END)`;
    };

    let openOthers: string[] = [];
    if (uncompiled.length) {
      if (uncompiled.some((s) => s.kind === 'PENDING')) compilePendingSchedulesSoon(this.dataSource, this.logger);
      const params = new Params();
      const rows: { epnId: string; openingHours: string; calendarCode: string | null; latitude: number | null; longitude: number | null }[] =
        await this.dataSource.query(
          `SELECT d.epn_id AS "epnId", s.opening_hours AS "openingHours", d.calendar_code AS "calendarCode", e.latitude, e.longitude
           FROM epn.directory_entry d
           JOIN epn.opening_schedule s ON s.id = d.schedule_id
           JOIN epn.epn e ON e.id = d.epn_id
           WHERE d.schedule_id = ANY(${params.add(uncompiled.map((s) => s.id), 'integer[]')}) AND ${all(plan.base, params)}`,
          params.values,
        );
      openOthers = rows.filter((row) => isOpenAt(row, instant)).map((row) => row.epnId);
    }
    plan.base.push((p) => (openOthers.length ? `(${weekly(p)} OR d.epn_id = ANY(${p.add(openOthers, 'uuid[]')}))` : weekly(p)));
  }

  // --- Counts ----------------------------------------------------------------------------------------------

  private async count(plan: Plan): Promise<number> {
    const params = new Params();
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM epn.directory_entry d WHERE ${all([...plan.base, ...choices(plan)], params)}`,
      params.values,
    );
    return count;
  }

  private async aggregates(plan: Plan): Promise<Aggregates> {
    if (plan.empty) return { total: 0, facets: emptyFacets() };
    return (await this.pageWithAggregates(plan, null, 0)).aggregates;
  }

  /**
   * The page, the total and the facet counts from one scan of the matching rows. A vocabulary
   * filtered « all of » counts the results that also offer each value (what ticking it would
   * leave). Fees, venue types and label status are alternatives: each counts with every filter but
   * its own, so the portal can show what another choice would give.
   */
  private async pageWithAggregates(plan: Plan, after: CursorValue[] | null, size: number): Promise<{ rows: PageRow[]; aggregates: Aggregates }> {
    const params = new Params();
    const choice = (piece: Sql | null) => (piece ? piece(params) : 'true');
    const alternatives = (['fees', 'venues', 'labelled'] as const).filter((name) => plan.choices[name] !== null);
    // The rows a facet counts: those meeting every alternative chosen, except the facet's own.
    const rowsFor = (own?: (typeof alternatives)[number]) => alternatives.filter((name) => name !== own).map((name) => `m_${name}`).join(' AND ') || 'true';
    const chosen = rowsFor();
    const bitSums = (column: string, count: number) => Array.from({ length: count }, (_, i) => `sum((${column} >> ${i}) & 1)`);
    const measures: { name: string; rows: string; sums: string[] }[] = [
      { name: 'total', rows: chosen, sums: ['count(*)'] },
      ...ALL_OF.map(({ column, vocabulary }) => ({ name: vocabulary, rows: chosen, sums: bitSums(column, vocabularyValues(vocabulary).length) })),
      { name: 'Fee', rows: rowsFor('fees'), sums: bitSums('fees', FEES.length) },
      { name: 'VenueType', rows: rowsFor('venues'), sums: VENUES.map((v) => `sum((venue_type = '${v}')::int)`) },
      { name: 'labelled', rows: rowsFor('labelled'), sums: ['sum(labelled::int)', 'sum((NOT labelled)::int)'] },
    ];
    // One aggregate per distinct set of rows (a single one when no alternative is chosen).
    const scans = [...new Set(measures.map((m) => m.rows))];
    const matching = `
      SELECT ${this.pageColumns(plan, params)},
        d.services, d.specific_publics, d.accessibility_support, d.accompaniment_modes, d.fees, d.venue_type, d.labelled, d.departement_code,
        ${choice(plan.choices.fees)} AS m_fees, ${choice(plan.choices.venues)} AS m_venues, ${choice(plan.choices.labelled)} AS m_labelled
      FROM epn.directory_entry d WHERE ${all(plan.base, params)}`;
    // In name order an index gives the page without sorting every match; otherwise the page comes
    // from the matches already scanned, with their rank or distance.
    const page = plan.order === 'NAME'
      ? `SELECT ${this.pageColumns(plan, params)} FROM epn.directory_entry d
         WHERE ${[...plan.base, ...choices(plan)].map((c) => c(params)).concat(after ? [this.keyset(plan, after, params, (k) => k.expression(params))] : []).join(' AND ') || 'true'}`
      : `SELECT "id", "name", "rank", "chord" FROM r
         WHERE ${[chosen, ...(after ? [this.keyset(plan, after, params, (k) => `"${k.alias}"`)] : [])].join(' AND ')}`;
    const [row]: { page: PageRow[]; departements: Record<string, number> | null; [scan: string]: unknown }[] = await this.dataSource.query(
      // A bounded result is computed once and read by each aggregate; a large one is cheaper to scan
      // again in each aggregate than to copy (measured: the whole directory's facets, 2.5× faster).
      `WITH r AS ${plan.bounded ? 'MATERIALIZED' : 'NOT MATERIALIZED'} (${matching}),
       page AS (${page} ORDER BY ${this.orderBy(plan)} LIMIT ${size + 1})
       SELECT
         (SELECT coalesce(json_agg(page ORDER BY ${this.orderBy(plan)}), '[]') FROM page) AS page,
         ${scans.map((rows, i) => `(SELECT json_build_array(${measures.filter((m) => m.rows === rows).flatMap((m) => m.sums).join(', ')}) FROM r WHERE ${rows}) AS scan${i}`).join(',\n         ')},
         (SELECT json_object_agg(departement_code, n) FROM (
            SELECT departement_code, count(*) AS n FROM r WHERE ${chosen} AND departement_code IS NOT NULL GROUP BY 1) x) AS departements`,
      params.values,
    );
    const results = new Map<string, number[]>();
    scans.forEach((rows, i) => {
      const values = (row[`scan${i}`] as (number | null)[]).map(Number);
      for (const measure of measures.filter((m) => m.rows === rows)) results.set(measure.name, values.splice(0, measure.sums.length));
    });
    const counted = (name: string, values: string[]) => values.map((value, i) => ({ value, count: results.get(name)![i] }));
    const g = geography();
    return {
      rows: size > 0 ? row.page : [],
      aggregates: {
        total: results.get('total')![0],
        facets: {
          services: counted('Service', vocabularyValues('Service') as string[]),
          specificPublics: counted('SpecificPublic', vocabularyValues('SpecificPublic') as string[]),
          accessibilitySupport: counted('AccessibilitySupport', vocabularyValues('AccessibilitySupport') as string[]),
          accompanimentModes: counted('AccompanimentMode', vocabularyValues('AccompanimentMode') as string[]),
          fees: counted('Fee', FEES),
          venueTypes: counted('VenueType', VENUES),
          labelled: [true, false].map((labelled, i) => ({ labelled, count: results.get('labelled')![i] })),
          departements: Object.entries(row.departements ?? {})
            .map(([code, count]) => ({ territory: g.get('DEPARTEMENT', code), count: Number(count) }))
            .filter((f): f is { territory: Territory; count: number } => f.territory !== null)
            .sort((a, b) => (a.territory.code < b.territory.code ? -1 : 1)),
        },
      },
    };
  }
}

function choices(plan: Plan): Sql[] {
  return Object.values(plan.choices).filter((c): c is Sql => c !== null);
}

function emptyFacets(): EpnSearchFacetsModel {
  const zero = (values: string[]) => values.map((value) => ({ value, count: 0 }));
  return {
    services: zero(vocabularyValues('Service') as string[]),
    specificPublics: zero(vocabularyValues('SpecificPublic') as string[]),
    accessibilitySupport: zero(vocabularyValues('AccessibilitySupport') as string[]),
    accompanimentModes: zero(vocabularyValues('AccompanimentMode') as string[]),
    fees: zero(FEES),
    venueTypes: zero(VENUES),
    labelled: [{ labelled: true, count: 0 }, { labelled: false, count: 0 }],
    departements: [],
  };
}
