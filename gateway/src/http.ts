import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';

/**
 * GraphQL over HTTP, the parts the gateway handles itself before Apollo Server sees a request (so
 * that refusals and cache hits cost no GraphQL work): media types, request parameters, CORS, CSRF,
 * client identity and error bodies.
 */
export const MEDIA_TYPES = {
  JSON: 'application/json',
  GRAPHQL_RESPONSE_JSON: 'application/graphql-response+json',
} as const;

export type ResponseMediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

const negotiated = new Map<string, ResponseMediaType | null>();

/**
 * The response media type for an Accept header, chosen as Apollo Server chooses it (same negotiator,
 * same candidates) so that a cached answer is served exactly as a fresh one; null when the client
 * accepts neither (406). A few distinct Accept values account for all traffic: they are memoised.
 */
export function negotiateMediaType(accept: string | undefined): ResponseMediaType | null {
  if (!accept) return MEDIA_TYPES.JSON;
  let choice = negotiated.get(accept);
  if (choice === undefined) {
    choice = (new Negotiator({ headers: { accept } }).mediaType([MEDIA_TYPES.JSON, MEDIA_TYPES.GRAPHQL_RESPONSE_JSON]) as ResponseMediaType | undefined) ?? null;
    if (negotiated.size >= 256) negotiated.clear();
    negotiated.set(accept, choice);
  }
  return choice;
}

/** The parameters of a GraphQL request (the spec's names, plus Apollo's APQ and the persisted-document id). */
export interface GraphQLParams {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown> & { persistedQuery?: { version?: number; sha256Hash?: string } };
  documentId?: string;
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Reads a GET request's parameters from its query string, refusing malformed JSON with the parameter named. */
export function paramsFromSearch(search: string): GraphQLParams {
  const searchParams = new URLSearchParams(search);
  const params: GraphQLParams = {};
  const query = searchParams.get('query');
  if (query !== null) params.query = query;
  const operationName = searchParams.get('operationName');
  if (operationName) params.operationName = operationName;
  const documentId = searchParams.get('documentId');
  if (documentId) params.documentId = documentId;
  for (const name of ['variables', 'extensions'] as const) {
    const raw = searchParams.get(name);
    if (!raw) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'BAD_REQUEST', `The "${name}" URL parameter is not valid JSON.`);
    }
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw new HttpError(400, 'BAD_REQUEST', `The "${name}" URL parameter must be a JSON object.`);
    }
    if (value) params[name] = value as Record<string, unknown>;
  }
  return params;
}

/** Checks a POST body's parsed JSON: one request object (batches are not accepted). */
export function paramsFromBody(body: unknown): GraphQLParams {
  if (Array.isArray(body)) throw new HttpError(400, 'BAD_REQUEST', 'Batched requests are not supported: send one operation per request.');
  if (!body || typeof body !== 'object') throw new HttpError(400, 'BAD_REQUEST', 'The request body must be a JSON object with a "query" (or a "documentId").');
  const params = body as Record<string, unknown>;
  for (const name of ['query', 'operationName', 'documentId'] as const) {
    if (params[name] !== undefined && params[name] !== null && typeof params[name] !== 'string') {
      throw new HttpError(400, 'BAD_REQUEST', `"${name}" must be a string.`);
    }
  }
  for (const name of ['variables', 'extensions'] as const) {
    const value = params[name];
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw new HttpError(400, 'BAD_REQUEST', `"${name}" must be a JSON object.`);
    }
  }
  return params as GraphQLParams;
}

/** POST bodies must be JSON (GraphQL over HTTP); anything else is 415. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  return contentType.split(';', 1)[0].trim().toLowerCase() === 'application/json';
}

const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
export const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/**
 * CSRF prevention, Apollo Server's rule: a browser cannot send a cross-site request with a non-simple
 * Content-Type or a custom header without a CORS preflight, so requiring one of them means a page on
 * another site can never make a visitor's browser run an operation.
 */
export function isPreflighted(req: IncomingMessage): boolean {
  const contentType = req.headers['content-type'];
  if (contentType && !SIMPLE_CONTENT_TYPES.has(contentType.split(';', 1)[0].trim().toLowerCase())) return true;
  return PREFLIGHT_HEADERS.some((name) => Boolean(req.headers[name]));
}

export const CSRF_MESSAGE =
  'This request was blocked as a possible cross-site request forgery: send it with a Content-Type header ' +
  `such as application/json, or a non-empty ${PREFLIGHT_HEADERS.join(' or ')} header.`;

/** CORS for an allow-list of origins (`*` allows any). Returns false for a refused preflight, already answered. */
export class Cors {
  private readonly any: boolean;
  private readonly origins: Set<string>;

  constructor(origins: string[]) {
    this.any = origins.includes('*');
    this.origins = new Set(origins);
  }

  get enabled(): boolean {
    return this.any || this.origins.size > 0;
  }

  /** Adds CORS headers for an allowed origin; answers preflight requests. True when the request was answered. */
  handle(req: IncomingMessage, res: ServerResponse, requestId: string): boolean {
    const origin = req.headers.origin;
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (this.enabled) res.setHeader('vary', 'Origin');
    if (!origin) return false;
    const allowed = this.any || this.origins.has(origin);
    if (allowed) {
      res.setHeader('access-control-allow-origin', this.any ? '*' : origin);
      res.setHeader('access-control-expose-headers', 'x-request-id, x-cache, retry-after');
    }
    if (!preflight) return false;
    if (!allowed) {
      sendError(res, 403, MEDIA_TYPES.JSON, requestId, 'CORS_ORIGIN_NOT_ALLOWED', `Origin ${origin} may not call this gateway from a browser (it is not in CORS_ORIGINS).`);
      return true;
    }
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      req.headers['access-control-request-headers'] ?? 'authorization, content-type, x-request-id, apollo-require-preflight, x-apollo-operation-name',
    );
    res.setHeader('access-control-max-age', '600');
    res.writeHead(204);
    res.end();
    return true;
  }
}

/**
 * The client's address: the socket's peer, or with `hops` trusted proxies in front (load balancer,
 * ingress) the address the outermost of them saw, taken from the right of X-Forwarded-For.
 */
export function clientAddress(req: IncomingMessage, hops: number): string {
  let address = req.socket.remoteAddress ?? 'unknown';
  if (hops > 0) {
    const forwarded = req.headers['x-forwarded-for'];
    const chain = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    if (chain.length) address = chain[Math.max(0, chain.length - hops)];
  }
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A request id the client sent, when it is safe to log; otherwise none (the gateway makes one). */
export function acceptedRequestId(value: string | string[] | undefined): string | undefined {
  const id = Array.isArray(value) ? value[0] : value;
  return id && REQUEST_ID.test(id) ? id : undefined;
}

/** A GraphQL error body with a stable code and the request id, in the negotiated media type. */
export function sendError(
  res: ServerResponse, status: number, mediaType: ResponseMediaType, requestId: string, code: string, message: string,
  extensions: Record<string, unknown> = {}, headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { ...extensions, code, requestId } }] });
  res.writeHead(status, { ...headers, 'content-type': `${mediaType}; charset=utf-8`, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
