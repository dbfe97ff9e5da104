/**
 * The SQL of label coverage. Every figure is computed inside PostgreSQL from three sources: the
 * official geography (`geo.commune`), the EPN (`epn.epn`, by commune) and the days each EPN was
 * labelled (`epn.labelled_period`, derived from the label history by triggers). Nothing here is built
 * from user input: levels and columns come from fixed tables, values go in as parameters.
 *
 * Shared definitions, so that a figure on one day and the same figure in a series always agree:
 * - labelled on day D: `during @> D` (see the migration that creates `labelled_period`);
 * - an EPN counts from the earlier of the day its record was created and the first day it was
 *   labelled (imported records are often created long after the place was labelled);
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

/** The Paris calendar day of a timestamptz: label days and creation days are counted in Paris. */
const parisDay = (timestamptz: string) => `(${timestamptz} AT TIME ZONE 'Europe/Paris')::date`;

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
}

/**
 * CTEs `grouped` (one row per territory: code and integer figures) and `total` (the integer figures of
 * the communes of the total), on one day. The per-commune step uses an index-friendly semi-join on
 * the day's labelled EPN, so national figures read each table once.
 */
export function pointFiguresCtes({ rowKey, rowCommunes, totalCommunes, day }: PointSqlParts): string {
  return `
  communes AS MATERIALIZED (
    SELECT c.code, c.population, ${rowKey} AS row_code, (${rowCommunes}) AS in_rows, (${totalCommunes}) AS in_total
    FROM geo.commune c
    WHERE (${rowCommunes}) OR (${totalCommunes})
  ),
  labelled AS (
    SELECT p.epn_id FROM epn.labelled_period p WHERE p.during @> ${day}::date
  ),
  per_commune AS (
    SELECT e.commune_code AS code, count(*) AS epns, count(l.epn_id) AS labelled
    FROM epn.epn e
    JOIN communes c ON c.code = e.commune_code
    LEFT JOIN labelled l ON l.epn_id = e.id
    WHERE e.created_at < ((${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
       OR l.epn_id IS NOT NULL
       OR EXISTS (SELECT 1 FROM epn.labelled_period f WHERE f.epn_id = e.id AND lower(f.during) <= ${day}::date)
    GROUP BY e.commune_code
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
 * Integer figures of each territory on each day of a series, by events rather than by day: every
 * EPN adds one from the first day of the series on or after it counts, every labelled period adds
 * one from its first day and removes it from its end, every covered stretch of a commune (the union
 * of its EPN's periods) adds the commune and its population. A running sum over the days then gives
 * the figures, so a series costs about one national day, whatever its length.
 * Columns: row_code, k (0-based index of the day), and the integer figures.
 */
export function seriesFiguresSql({ rowKey, rowCommunes, days }: SeriesSqlParts): string {
  return `
  WITH communes AS MATERIALIZED (
    SELECT c.code, c.population, ${rowKey} AS row_code FROM geo.commune c WHERE (${rowCommunes}) AND ${rowKey} IS NOT NULL
  ),
  epns AS (
    SELECT e.id, e.commune_code, ${parisDay('e.created_at')} AS created_day
    FROM epn.epn e JOIN communes c ON c.code = e.commune_code
  ),
  periods AS (
    SELECT e.commune_code, e.id AS epn_id, lower(p.during) AS first_day, coalesce(upper(p.during), 'infinity'::date) AS end_day
    FROM epn.labelled_period p JOIN epns e ON e.id = p.epn_id
  ),
  epn_since AS (
    SELECT e.commune_code, least(e.created_day, min(pr.first_day)) AS since
    FROM epns e LEFT JOIN periods pr ON pr.epn_id = e.id
    GROUP BY e.id, e.commune_code, e.created_day
  ),
  commune_marks AS (
    SELECT pr.commune_code, pr.first_day, pr.end_day,
      CASE WHEN pr.first_day <= max(pr.end_day) OVER (
        PARTITION BY pr.commune_code ORDER BY pr.first_day, pr.end_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
      ) THEN 0 ELSE 1 END AS starts
    FROM periods pr
  ),
  commune_islands AS (
    SELECT m.commune_code, min(m.first_day) AS first_day, max(m.end_day) AS end_day
    FROM (SELECT cm.*, sum(cm.starts) OVER (PARTITION BY cm.commune_code ORDER BY cm.first_day, cm.end_day) AS island FROM commune_marks cm) m
    GROUP BY m.commune_code, m.island
  ),
  changes (commune_code, day, epns, labelled, covered) AS (
    SELECT s.commune_code, s.since, 1, 0, 0 FROM epn_since s
    UNION ALL SELECT pr.commune_code, pr.first_day, 0, 1, 0 FROM periods pr
    UNION ALL SELECT pr.commune_code, pr.end_day, 0, -1, 0 FROM periods pr WHERE pr.end_day < 'infinity'
    UNION ALL SELECT i.commune_code, i.first_day, 0, 0, 1 FROM commune_islands i
    UNION ALL SELECT i.commune_code, i.end_day, 0, 0, -1 FROM commune_islands i WHERE i.end_day < 'infinity'
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
