import { Transform } from 'node:stream';
import { GraphQLError } from 'graphql';
import { envVar, loadConfig, sendJson, type SubgraphRoute } from '../../../kit/src';
import { importPlaces } from './import-service';
import { importActorFor } from './scope';

/**
 * POST /imports — a file in the standard as the request body (text/csv, or application/json for the
 * JSON form), through the gateway, which passes the verified viewer. Query parameters: source, dryRun,
 * validOnly, territory (national administrator only). Answers the import report as JSON: 200 when the
 * file is imported (or would be, in a dry run), 422 when it is rejected (nothing written).
 *
 * An upload rather than a GraphQL mutation: a file is streamed to the importer as it arrives, with its
 * own size limit (GraphQL bodies are small JSON, and a CSV inside a JSON string doubles escaping for
 * nothing); the report, which can be long, comes back in one response.
 */
/** IMPORT_MAX_BYTES: the largest file accepted through the graph (npm run import has no limit). */
export const importConfigShape = { IMPORT_MAX_BYTES: envVar.positiveInt(50_000_000) };

const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, GRAPH_UNAVAILABLE: 503 };

class TooLarge extends Error {}

export function importRoute(): SubgraphRoute {
  let maxBytes: number | null = null;
  return {
    method: 'POST',
    path: '/imports',
    async handle(req, res, { url, viewer, logger, dataSource, graph }) {
      const params = url.searchParams;
      const flag = (name: string) => ['true', '1', 'yes'].includes((params.get(name) ?? '').toLowerCase());
      const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const format = params.get('format') ?? (contentType === 'application/json' ? 'json' : contentType === 'text/csv' || contentType === 'text/plain' ? 'csv' : null);
      maxBytes ??= loadConfig(importConfigShape).IMPORT_MAX_BYTES;
      const limit = maxBytes;
      try {
        const actor = await importActorFor(viewer, params.get('territory'), graph);
        if (format !== 'csv' && format !== 'json') {
          return sendJson(res, 415, { error: 'Send the file as text/csv or application/json (or say format=csv|json).', code: 'UNSUPPORTED_MEDIA_TYPE' });
        }
        let bytes = 0;
        const limited = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            bytes += chunk.length;
            callback(bytes > limit ? new TooLarge() : null, chunk);
          },
        });
        req.on('error', (error) => limited.destroy(error));
        req.pipe(limited);
        const report = await importPlaces(dataSource, limited, {
          format, actor, defaultSource: params.get('source'), dryRun: flag('dryRun'), validOnly: flag('validOnly'),
        });
        logger.info({
          role: actor.role, subject: actor.subject, adherentId: actor.adherentId, territory: actor.scope.label, status: report.status,
          committed: report.committed, records: report.records, inserted: report.inserted, updated: report.updated, errors: report.errors,
        }, 'places imported');
        return sendJson(res, report.status === 'IMPORTED' ? 200 : 422, report);
      } catch (error) {
        if (error instanceof TooLarge) {
          req.unpipe();
          res.setHeader('connection', 'close');
          return sendJson(res, 413, { error: `The file is larger than ${limit} bytes (IMPORT_MAX_BYTES): split it, or use npm run import.`, code: 'PAYLOAD_TOO_LARGE' });
        }
        if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && STATUS_BY_CODE[error.extensions.code]) {
          res.setHeader('connection', 'close');
          return sendJson(res, STATUS_BY_CODE[error.extensions.code], { error: error.message, code: error.extensions.code });
        }
        throw error;
      }
    },
  };
}
