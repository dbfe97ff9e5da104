import http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { sendJson, INTERNAL_TOKEN_HEADER, type InternalTokenSigner } from '../../subgraphs/kit/src';
import type { GatewayRoute } from './gateway';

/**
 * Forwards an HTTP route of the gateway to the same route of a subgraph, streaming the body both
 * ways, with the verified viewer signed for that subgraph — the way /graphql reaches subgraphs. Used
 * for file uploads (POST /imports → epn), which GraphQL's JSON bodies do not suit.
 */
export interface ForwardOptions {
  method: GatewayRoute['method'];
  path: string;
  subgraph: string;
  /** The subgraph's URL (its /graphql URL is accepted: the path is replaced). */
  subgraphUrl: string;
  signer: InternalTokenSigner;
  /** Imports of large files take minutes, not the seconds of a GraphQL request. */
  timeoutMs: number;
  /** The route writes data: a successful answer empties the response cache first. */
  invalidatesCache?: boolean;
}

const FORWARDED_HEADERS = ['content-type', 'content-length', 'accept'];

export function forwardRoute(options: ForwardOptions): GatewayRoute {
  return {
    method: options.method,
    path: options.path,
    async handle(req, res, context) {
      let viewer;
      try {
        viewer = await context.viewer();
      } catch (error) {
        return sendJson(res, 401, { error: error instanceof Error ? error.message : 'Invalid token.', code: 'UNAUTHENTICATED' });
      }
      const target = new URL(options.subgraphUrl);
      target.pathname = options.path;
      target.search = context.url.search;
      const headers: Record<string, string> = {
        [INTERNAL_TOKEN_HEADER]: await options.signer.tokenFor(options.subgraph, viewer),
        'x-request-id': context.requestId,
      };
      for (const name of FORWARDED_HEADERS) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const upstream = http.request(target, { method: options.method, headers, timeout: options.timeoutMs });
      const answered = new Promise<void>((resolve, reject) => {
        upstream.on('response', async (response) => {
          // Places written outside a GraphQL mutation: cached answers may hold the old data.
          if (options.invalidatesCache && (response.statusCode ?? 500) < 300) await context.invalidateCache([]);
          res.writeHead(response.statusCode ?? 502, {
            'content-type': response.headers['content-type'] ?? 'application/json; charset=utf-8',
            'x-request-id': context.requestId,
          });
          pipeline(response, res).then(resolve, reject);
        });
        upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
        upstream.on('error', reject);
      });
      try {
        // The subgraph may answer (401, 413…) before reading the whole body: then stop sending it.
        await Promise.all([pipeline(req, upstream).catch(() => undefined), answered]);
      } catch (error) {
        context.logger.warn({ err: error, subgraph: options.subgraph, path: options.path }, 'forwarded request failed');
        if (!res.headersSent) {
          sendJson(res, 502, { error: `The ${options.subgraph} subgraph is unavailable; nothing was imported.`, code: 'SUBGRAPH_UNAVAILABLE', subgraph: options.subgraph });
        } else {
          res.destroy();
        }
      }
    },
  };
}

/** How long the gateway waits on an idle import before giving up (the subgraph reads the file as it comes). */
export const IMPORT_TIMEOUT_MS = 600_000;

/** The import upload: POST /imports on the gateway, handled by the epn subgraph. */
export function importForwardRoute(epnUrl: string, signer: InternalTokenSigner): GatewayRoute {
  return forwardRoute({ method: 'POST', path: '/imports', subgraph: 'epn', subgraphUrl: epnUrl, signer, timeoutMs: IMPORT_TIMEOUT_MS, invalidatesCache: true });
}

/** A subgraph's URL as recorded in the supergraph (join__Graph), or null. */
export function subgraphUrlIn(supergraphSdl: string, name: string): string | null {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`@join__graph\\(name: "${escaped}", url: "([^"]+)"\\)`).exec(supergraphSdl)?.[1] ?? null;
}
