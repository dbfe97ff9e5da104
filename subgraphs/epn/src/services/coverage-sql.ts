/**
 * The SQL of label coverage. Every figure is computed inside PostgreSQL from two sources: the
 * official geography (`geo.commune`) and one narrow row per EPN (`epn.coverage_epn`: its commune,
 * the day it counts from, the days it was labelled), derived from the label history by triggers.
 * Nothing here is built from user input: levels and columns come from fixed tables, values go in as
 * parameters.
 *
 * One set of definitions, so that a figure on one day and the same figure in a series agree:
 * - an EPN is labelled on day D when `labelled @> D` (see the migration creating `coverage_epn`);
 * - it counts on D when `counted_from <= D`;
 * - a commune is covered on D when at least one of its EPN is labelled on D.
 */
import type { TerritoryLevel } from '../../../kit/src';

export type CoverageLevel = Exclude<TerritoryLevel, 'COUNTRY'>;

/** The column of `geo.commune c` holding the code of the territory of a level that contains it. */
export const COMMUNE_KEY: Record<TerritoryLevel, string> = {
  COUNTRY: `'FR'::text`,
  REGION: 'c.region_code',
  DEPARTEMENT: 'c.departement_code',
  EPCI: 'c.epci_code',
  COMMUNE: 'c.code',
};

export const NAME_TABLE: Record<CoverageLevel, string> = {
  REGION: 'geo.region',
  DEPARTEMENT: 'geo.departement',
  EPCI: 'geo.epci',
  COMMUNE: 'geo.commune',
};

/** Sums over communes `f` (population, epns, labelled): the integer figures of a territory. */
const SUMS = `
  sum(f.population)::bigint AS population,
  count(*)::int AS commune_count,
  sum(f.epns)::int AS epn_count,
  sum(f.labelled)::int AS labelled_epn_count,
  (count(*) FILTER (WHERE f.labelled > 0))::int AS covered_commune_count,
  coalesce(sum(f.population) FILTER (WHERE f.labelled > 0), 0)::bigint AS covered_population`;

/** Ratios from the integer figures of a row aliased `g`; float8 so that sorts, filters and clients agree. */
export const RATIOS = `
  CASE WHEN g.population > 0 THEN g.labelled_epn_count * 100000.0::float8 / g.population END AS labelled_epn_per_100k,
  CASE WHEN g.epn_count > 0 THEN g.labelled_epn_count::float8 / g.epn_count END AS labelled_epn_share,
  CASE WHEN g.commune_count > 0 THEN g.covered_commune_count::float8 / g.commune_count ELSE 0 END AS covered_commune_share,
  CASE WHEN g.population > 0 THEN g.covered_population::float8 / g.population END AS covered_population_share`;

export interface PointSqlParts {
  /** Territory code of the row a commune `c` belongs to (null: in no row, e.g. a commune outside any EPCI). */
  rowKey: string;
  /** Communes `c` that make the rows. */
  rowCommunes: string;
  /** Communes `c` that make the total; `FALSE` when no total is wanted. */
  totalCommunes: string;
  /** Parameter holding the day, as `$n`. */
  day: string;
  /**
   * `scan` reads every EPN once (a large share of France); `lookup` reads the EPN of each commune
   * from the index (a région or less: a few thousand communes at most).
   */
  epns: 'scan' | 'lookup';
}

/**
 * CTEs `grouped` (one row per territory: code and integer figures) and `total` (the integer figures of
 * the communes of the total), on one day. EPN are counted per commune straight from the covering
 * index of `coverage_epn`, then communes are summed into territories.
 */
export function pointFiguresCtes({ rowKey, rowCommunes, totalCommunes, day, epns }: PointSqlParts): string {
  const counts = `count(*) FILTER (WHERE x.counted_from <= ${day}::date) AS epns, count(*) FILTER (WHERE x.labelled @> ${day}::date) AS labelled`;
  return `
  communes AS (
    SELECT c.code, c.population, ${rowKey} AS row_code, (${rowCommunes}) AS in_rows, (${totalCommunes}) AS in_total
    FROM geo.commune c
    WHERE (${rowCommunes}) OR (${totalCommunes})
  ),
  per_commune AS (${epns === 'scan'
    ? `
    SELECT x.commune_code AS code, ${counts} FROM epn.coverage_epn x GROUP BY x.commune_code`
    : `
    SELECT c.code, n.epns, n.labelled FROM communes c
    CROSS JOIN LATERAL (SELECT ${counts} FROM epn.coverage_epn x WHERE x.commune_code = c.code) n`}
  ),
  figures AS (
    SELECT c.row_code, c.in_rows, c.in_total, c.population, coalesce(pc.epns, 0) AS epns, coalesce(pc.labelled, 0) AS labelled
    FROM communes c LEFT JOIN per_commune pc ON pc.code = c.code
  ),
  grouped AS (
    SELECT f.row_code AS code, ${SUMS}
    FROM figures f WHERE f.in_rows AND f.row_code IS NOT NULL
    GROUP BY f.row_code
  ),
  total AS (
    SELECT ${SUMS} FROM figures f WHERE f.in_total
  )`;
}

export interface SeriesSqlParts {
  rowKey: string;
  rowCommunes: string;
  /** Parameter holding the days of the series (date[], ascending), as `$n`. */
  days: string;
}

/**
 * Integer figures of each territory on each day of a series, by changes rather than by day: an EPN
 * adds one from the first day of the series on or after the day it counts from; each of its labelled
 * ranges adds one from its first day and removes it from its end; each covered stretch of a commune
 * (the union of its EPN's labelled days) adds the commune and its population. A running sum over the
 * days gives the figures, so the cost hardly depends on the number of days.
 * Columns: row_code, k (0-based index of the day), the integer figures and the ratios.
 */
export function seriesFiguresSql({ rowKey, rowCommunes, days }: SeriesSqlParts): string {
  return `
  WITH communes AS MATERIALIZED (
    SELECT c.code, c.population, ${rowKey} AS row_code FROM geo.commune c WHERE (${rowCommunes}) AND ${rowKey} IS NOT NULL
  ),
  epns AS (
    SELECT x.commune_code, x.counted_from, x.labelled FROM epn.coverage_epn x JOIN communes c ON c.code = x.commune_code
  ),
  ranges AS (
    SELECT e.commune_code, lower(r) AS first_day, upper(r) AS end_day
    FROM epns e CROSS JOIN LATERAL unnest(e.labelled) AS r WHERE NOT isempty(e.labelled)
  ),
  covered AS (
    SELECT u.commune_code, lower(r) AS first_day, upper(r) AS end_day
    FROM (SELECT e.commune_code, range_agg(e.labelled) AS days FROM epns e WHERE NOT isempty(e.labelled) GROUP BY e.commune_code) u
    CROSS JOIN LATERAL unnest(u.days) AS r
  ),
  changes (commune_code, day, epns, labelled, covered) AS (
    SELECT e.commune_code, e.counted_from, 1, 0, 0 FROM epns e
    UNION ALL SELECT r.commune_code, r.first_day, 0, 1, 0 FROM ranges r
    UNION ALL SELECT r.commune_code, r.end_day, 0, -1, 0 FROM ranges r WHERE r.end_day IS NOT NULL
    UNION ALL SELECT v.commune_code, v.first_day, 0, 0, 1 FROM covered v
    UNION ALL SELECT v.commune_code, v.end_day, 0, 0, -1 FROM covered v WHERE v.end_day IS NOT NULL
  ),
  deltas AS (
    SELECT c.row_code, width_bucket(ch.day - 1, ${days}::date[]) AS k,
      sum(ch.epns) AS epns, sum(ch.labelled) AS labelled, sum(ch.covered) AS covered, sum(ch.covered * c.population::bigint) AS covered_population
    FROM changes ch JOIN communes c ON c.code = ch.commune_code
    GROUP BY 1, 2
  ),
  territories AS (
    SELECT c.row_code, sum(c.population)::bigint AS population, count(*)::int AS commune_count FROM communes c GROUP BY c.row_code
  ),
  grid AS (
    SELECT t.*, k FROM territories t CROSS JOIN generate_series(0, cardinality(${days}::date[]) - 1) AS k
  ),
  g AS (
    SELECT grid.row_code, grid.k, grid.population, grid.commune_count,
      (sum(coalesce(d.epns, 0)) OVER w)::int AS epn_count,
      (sum(coalesce(d.labelled, 0)) OVER w)::int AS labelled_epn_count,
      (sum(coalesce(d.covered, 0)) OVER w)::int AS covered_commune_count,
      (sum(coalesce(d.covered_population, 0)) OVER w)::bigint AS covered_population
    FROM grid LEFT JOIN deltas d ON d.row_code = grid.row_code AND d.k = grid.k
    WINDOW w AS (PARTITION BY grid.row_code ORDER BY grid.k)
  )
  SELECT g.*, ${RATIOS} FROM g ORDER BY g.row_code, g.k`;
}
