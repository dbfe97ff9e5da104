import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from '../../subgraphs/kit/src';
import { LIMIT_CODES, tokenLimitMessage, type LimitName } from './limits';
import type { GatewayMetrics } from './metrics';

/**
 * What clients see of errors. Every error has a stable `extensions.code`, `subgraph` when a subgraph
 * raised it, and the `requestId` that the gateway's logs carry too. Internals never pass: an error
 * without a code (or INTERNAL_SERVER_ERROR, or a gateway DOWNSTREAM_SERVICE_ERROR for a subgraph error
 * without one), or whose message holds a stack trace or SQL, becomes "Internal error …" — the kit
 * already masks its subgraphs' errors, the gateway masks again for subgraphs it does not control.
 */
const DROPPED_EXTENSIONS = new Set(['stacktrace', 'exception', 'response', 'serviceName', 'http']);
const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
const STACK = /\n\s+at\s/;
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET|WHERE)\b|\b(relation|column) "[^"]+" does not exist|violates [a-z ]*constraint/;

export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const source = formatted.extensions ?? {};
  const extensions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (!DROPPED_EXTENSIONS.has(key)) extensions[key] = value;
  const subgraph = typeof source.subgraph === 'string' ? source.subgraph : typeof source.serviceName === 'string' ? source.serviceName : undefined;
  if (subgraph) extensions.subgraph = subgraph;
  let code = typeof source.code === 'string' ? source.code : undefined;

  // Limits are reported through validation, which Apollo Server files under GRAPHQL_VALIDATION_FAILED.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof source.limit === 'string' && source.limit in LIMIT_CODES) {
    code = extensions.code = LIMIT_CODES[source.limit as LimitName];
  }
  if (code === 'GRAPHQL_PARSE_FAILED') {
    const tokens = tokenLimitMessage(formatted.message);
    if (tokens) return { message: tokens.message, extensions: { code: LIMIT_CODES.MAX_TOKENS, limit: 'MAX_TOKENS', maximum: tokens.maximum } };
  }

  const internal = !code || !CODE.test(code) || code === 'INTERNAL_SERVER_ERROR' || code === 'DOWNSTREAM_SERVICE_ERROR';
  if (internal || STACK.test(formatted.message) || SQL.test(formatted.message)) {
    const errorId = typeof source.errorId === 'string' ? source.errorId : undefined;
    return {
      message: subgraph
        ? `Internal error in the ${subgraph} subgraph${errorId ? ` (error id ${errorId})` : ''}; the fields it serves are missing from this answer.`
        : 'Internal error in the gateway: it is logged with this request id.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(subgraph ? { subgraph } : {}), ...(errorId ? { errorId } : {}) },
    };
  }
  return { ...formatted, extensions };
}

interface ErrorsContext {
  requestId: string;
}

/**
 * Adds the request id to every error, counts errors by code and subgraph, and logs them with the
 * request id: internal ones at error level with their cause (which never reaches the client),
 * unavailable subgraphs at warn, the client's own mistakes at debug.
 */
export function errorsPlugin<Ctx extends ErrorsContext>(logger: Logger, metrics: GatewayMetrics): ApolloServerPlugin<Ctx> {
  const listener: GraphQLRequestListener<Ctx> = {
    async didEncounterErrors({ errors, contextValue, operationName }) {
      for (const error of errors) logError(logger, error, contextValue.requestId, operationName ?? null);
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
      const { requestId } = contextValue;
      response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
        metrics.errors.inc({ code: String(error.extensions?.code ?? ''), subgraph: String(error.extensions?.subgraph ?? '') });
        return { ...error, extensions: { ...error.extensions, requestId } };
      });
    },
  };
  return { requestDidStart: async () => listener };
}

function logError(logger: Logger, error: GraphQLError, requestId: string, operationName: string | null): void {
  const code = error.extensions?.code;
  const subgraph = error.extensions?.subgraph ?? error.extensions?.serviceName;
  const fields = { requestId, operationName, code, subgraph, path: error.path };
  if (code === 'SUBGRAPH_UNAVAILABLE' || code === 'SUBGRAPH_TIMEOUT' || code === 'SUBGRAPH_ERROR') {
    logger.warn({ ...fields, err: error.originalError ?? undefined }, error.message);
  } else if (!code || code === 'INTERNAL_SERVER_ERROR' || code === 'DOWNSTREAM_SERVICE_ERROR') {
    logger.error({ ...fields, errorId: error.extensions?.errorId, err: error.originalError ?? error }, 'internal error');
  } else {
    logger.debug({ ...fields, message: error.message }, 'request error');
  }
}

/** For error bodies Apollo Server writes before any plugin runs (malformed requests): add the request id. */
export function withRequestId(body: string, requestId: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
    if (!Array.isArray(parsed.errors)) return body;
    for (const error of parsed.errors) error.extensions = { ...error.extensions, requestId };
    return JSON.stringify(parsed);
  } catch {
    return body;
  }
}
