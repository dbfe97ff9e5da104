import type { ServerResponse } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';
import { sendJson, type Role, type Viewer } from '../../../subgraphs/kit/src';
import {
  CoverageExportDocument, type CoverageExportQuery, type CoverageExportQueryVariables, type ExportFiguresFragment,
  type LabelCoverageOrderField, type TerritoryLevel,
} from '../../../schema/__generated__/graphql';
import type { GatewayRoute, GatewayRouteContext } from '../gateway';
import { executeOnThisGateway } from './graph-client';

/**
 * GET /exports/coverage.csv — any label coverage query as a CSV file, for analysts.
 *
 * - Who: analysts and the national administrator (a bearer token). Coverage itself is public in the
 *   graph (aggregates of public data); a bulk export of every commune is reserved to those who need it.
 * - How: page after page of the `CoverageExport` operation run on this gateway with the caller's
 *   token, streamed as it comes: the figures are the graph's, never read from the database here.
 * - Format: UTF-8 with a byte-order mark (so Excel reads accents right), one header line, the totals
 *   of the territory first (row = total), then one line per territory. `separator=semicolon`
 *   (default, what French spreadsheets expect) writes decimal commas; `separator=comma` writes
 *   decimal points. Codes are written `="01"` by default so that spreadsheets keep them as text
 *   (`01`, `2A`, SIREN of EPCI); `codes=plain` writes them bare, for programs.
 *   Ratios are rounded: per 100,000 inhabitants to 2 decimals, shares (0 to 1) to 4.
 */
const ROLES: readonly Role[] = ['ANALYST', 'NATIONAL_ADMIN'];
const LEVELS: readonly TerritoryLevel[] = ['COUNTRY', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'];
const ORDER_FIELDS: readonly LabelCoverageOrderField[] = [
  'CODE', 'NAME', 'POPULATION', 'EPN_COUNT', 'LABELLED_EPN_COUNT', 'LABELLED_EPN_PER_100K', 'LABELLED_EPN_SHARE',
  'COVERED_COMMUNE_SHARE', 'COVERED_POPULATION_SHARE',
];
const PAGE_SIZE = 1000;

export const CSV_COLUMNS = [
  'row', 'level', 'code', 'name', 'date', 'population', 'communeCount', 'epnCount', 'labelledEpnCount', 'labelledEpnPer100k',
  'labelledEpnShare', 'coveredCommuneCount', 'coveredCommuneShare', 'coveredPopulation', 'coveredPopulationShare', 'adherentCount',
] as const;

interface ExportRequest {
  variables: CoverageExportQueryVariables;
  limit: number | null;
  separator: ';' | ',';
  excelCodes: boolean;
}

class ExportParameterError extends Error {
  constructor(readonly parameter: string, rule: string) {
    super(`Invalid value for "${parameter}": ${rule}.`);
  }
}

const KNOWN_PARAMETERS = new Set([
  'level', 'within', 'date', 'orderBy', 'descending', 'minLabelledEpnPer100k', 'maxLabelledEpnPer100k', 'minPopulation', 'maxPopulation',
  'hasLabelledEpn', 'limit', 'separator', 'codes', 'adherents',
]);

function parseRequest(url: URL): ExportRequest {
  for (const name of url.searchParams.keys()) {
    if (!KNOWN_PARAMETERS.has(name)) throw new ExportParameterError(name, `is not a parameter of this export (known: ${[...KNOWN_PARAMETERS].join(', ')})`);
  }
  const text = (name: string) => url.searchParams.get(name)?.trim() || null;
  const number = (name: string, integer: boolean) => {
    const value = text(name);
    if (value === null) return null;
    const n = Number(value.replace(',', '.'));
    if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) throw new ExportParameterError(name, `must be ${integer ? 'an integer' : 'a number'} ≥ 0`);
    return n;
  };
  const bool = (name: string, fallback: boolean | null) => {
    const value = text(name);
    if (value === null) return fallback;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    throw new ExportParameterError(name, 'must be true or false');
  };
  const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T | null): T | null => {
    const value = text(name);
    if (value === null) return fallback;
    if (!values.includes(value as T)) throw new ExportParameterError(name, `must be one of ${values.join(', ')}`);
    return value as T;
  };

  const level = oneOf('level', LEVELS, null);
  if (!level) throw new ExportParameterError('level', 'is required: REGION, DEPARTEMENT, EPCI or COMMUNE');
  const withinText = text('within');
  let within: CoverageExportQueryVariables['within'] = null;
  if (withinText) {
    const match = /^([A-Z]+):([0-9AB]{2,9})$/.exec(withinText);
    if (!match || !LEVELS.includes(match[1] as TerritoryLevel)) throw new ExportParameterError('within', 'must be LEVEL:CODE, e.g. REGION:53 or DEPARTEMENT:2A');
    within = { level: match[1] as TerritoryLevel, code: match[2] };
  }
  const date = text('date');
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ExportParameterError('date', 'must be a date YYYY-MM-DD');
  const orderField = oneOf('orderBy', ORDER_FIELDS, 'CODE')!;
  const limit = number('limit', true);
  if (limit === 0) throw new ExportParameterError('limit', 'must be at least 1');
  const filter = {
    minLabelledEpnPer100k: number('minLabelledEpnPer100k', false),
    maxLabelledEpnPer100k: number('maxLabelledEpnPer100k', false),
    minPopulation: number('minPopulation', true),
    maxPopulation: number('maxPopulation', true),
    hasLabelledEpn: bool('hasLabelledEpn', null),
  };
  return {
    variables: {
      level, within, date, filter,
      orderBy: { field: orderField, descending: bool('descending', false) },
      first: Math.min(PAGE_SIZE, limit ?? PAGE_SIZE),
      withAdherents: bool('adherents', true)!,
      withTotal: true,
    },
    limit,
    separator: oneOf('separator', ['semicolon', 'comma'] as const, 'semicolon') === 'comma' ? ',' : ';',
    excelCodes: oneOf('codes', ['excel', 'plain'] as const, 'excel') === 'excel',
  };
}

/** RFC 4180 quoting when needed; a text cell starting like a formula is defused with an apostrophe. */
function cell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function line(figures: ExportFiguresFragment, kind: 'total' | 'territory', request: ExportRequest): string {
  const { separator, excelCodes } = request;
  const decimal = (value: number | null | undefined, digits: number) => {
    if (value === null || value === undefined) return '';
    const fixed = value.toFixed(digits);
    return separator === ';' ? fixed.replace('.', ',') : fixed;
  };
  const code = figures.territory.code;
  const cells = [
    kind,
    figures.territory.level,
    // ="01" is a formula whose value is the text 01: spreadsheets keep the zero and the letter of 2A.
    excelCodes ? `"=""${code}"""` : code,
    cell(figures.territory.name, separator),
    figures.date,
    String(figures.population),
    String(figures.communeCount),
    String(figures.epnCount),
    String(figures.labelledEpnCount),
    decimal(figures.labelledEpnPer100k, 2),
    decimal(figures.labelledEpnShare, 4),
    String(figures.coveredCommuneCount),
    decimal(figures.coveredCommuneShare, 4),
    String(figures.coveredPopulation),
    decimal(figures.coveredPopulationShare, 4),
    figures.territory.adherents ? String(figures.territory.adherents.totalCount) : '',
  ];
  return `${cells.join(separator)}\r\n`;
}

function fileName(variables: CoverageExportQueryVariables, date: string): string {
  const within = variables.within ? `${variables.within.level}-${variables.within.code}` : 'FR';
  return `couverture-netpublic_${variables.level}_${within}_${date}.csv`.replace(/[^A-Za-z0-9_.-]/g, '-');
}

/** The graph's answer as an HTTP error: its own codes when it refused the request, 502 otherwise. */
function sendGraphErrors(res: ServerResponse, errors: GraphQLFormattedError[], requestId: string): void {
  if (!errors.length) errors = [{ message: 'The graph gave no coverage for this request.', extensions: { code: 'SUBGRAPH_ERROR' } }];
  const codes = errors.map((error) => error.extensions?.code);
  const status = codes.includes('UNAUTHENTICATED') ? 401 : codes.includes('FORBIDDEN') ? 403 : codes.every((code) => code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') ? 400 : 502;
  sendJson(res, status, { errors: errors.map((error) => ({ message: error.message, extensions: { ...error.extensions, requestId } })) });
}

class ClientGone extends Error {}

/** Writes with backpressure; stops the export when the client has gone (no more pages are fetched). */
async function write(res: ServerResponse, chunk: string): Promise<void> {
  if (res.destroyed) throw new ClientGone();
  if (!res.write(chunk)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
  if (res.destroyed) throw new ClientGone();
}

async function authorize(res: ServerResponse, context: GatewayRouteContext): Promise<Viewer | null> {
  let viewer: Viewer;
  try {
    viewer = await context.viewer();
  } catch (error) {
    sendJson(res, 401, { errors: [{ message: error instanceof Error ? error.message : 'Invalid token.', extensions: { code: 'UNAUTHENTICATED', requestId: context.requestId } }] });
    return null;
  }
  if (ROLES.includes(viewer.role)) return viewer;
  if (viewer.role === 'ANONYMOUS') {
    res.setHeader('www-authenticate', 'Bearer');
    sendJson(res, 401, { errors: [{ message: 'The coverage export needs an analyst token: send "Authorization: Bearer <token>".', extensions: { code: 'UNAUTHENTICATED', requestId: context.requestId } }] });
  } else {
    sendJson(res, 403, { errors: [{ message: 'Only analysts and the national administrator may download the coverage export.', extensions: { code: 'FORBIDDEN', allowedRoles: ROLES, requestId: context.requestId } }] });
  }
  return null;
}

export function coverageExportRoute(): GatewayRoute {
  return {
    method: 'GET',
    path: '/exports/coverage.csv',
    async handle(req, res, context) {
      const viewer = await authorize(res, context);
      if (!viewer) return;
      let request: ExportRequest;
      try {
        request = parseRequest(context.url);
      } catch (error) {
        if (!(error instanceof ExportParameterError)) throw error;
        return sendJson(res, 400, { errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', parameter: error.parameter, requestId: context.requestId } }] });
      }

      const fetchPage = (after: string | null) =>
        executeOnThisGateway<CoverageExportQuery, CoverageExportQueryVariables>(
          req, CoverageExportDocument, { ...request.variables, after, withTotal: after === null }, context.requestId,
        );
      const first = await fetchPage(null);
      if (first.errors?.length || !first.data?.labelCoverage.total) return sendGraphErrors(res, first.errors ?? [], context.requestId);

      let connection = first.data.labelCoverage;
      const total = first.data.labelCoverage.total;
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName(request.variables, total.date)}"`,
        'cache-control': 'no-store',
        'x-total-count': String(connection.totalCount),
      });
      let written = 0;
      try {
        await write(res, `\uFEFF${CSV_COLUMNS.join(request.separator)}\r\n`);
        await write(res, line(total, 'total', request));
        for (;;) {
          for (const { node } of connection.edges) {
            if (request.limit !== null && written >= request.limit) break;
            await write(res, line(node, 'territory', request));
            written += 1;
          }
          if (!connection.pageInfo.hasNextPage || (request.limit !== null && written >= request.limit)) break;
          const next = await fetchPage(connection.pageInfo.endCursor ?? null);
          if (next.errors?.length || !next.data) {
            // Too late for an error status: cut the download short so it cannot pass for a whole file.
            context.logger.error({ errors: next.errors, subject: viewer.subject }, 'coverage export failed mid-stream');
            res.destroy();
            return;
          }
          connection = next.data.labelCoverage;
        }
      } catch (error) {
        if (!(error instanceof ClientGone)) throw error;
        context.logger.info({ rows: written, subject: viewer.subject }, 'coverage export abandoned by the client');
        return;
      }
      context.logger.info({ rows: written, level: request.variables.level, within: request.variables.within, subject: viewer.subject }, 'coverage export');
      res.end();
    },
  };
}
