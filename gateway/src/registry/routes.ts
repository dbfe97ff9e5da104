import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { badUserInput, readBody, sendJson } from '../../../subgraphs/kit/src';
import type { GatewayRoute, GatewayRouteContext } from '../gateway';
import type { LiveSupergraph } from '../live-supergraph';
import type { PublishInput, RegistryReport, RegistryService } from './service';

/** Path of the gateway's public key, which regional subgraphs use to verify the gateway's tokens. */
export const GATEWAY_KEY_PATH = '/.well-known/netpublic-gateway-key';
export const ADMIN_PREFIX = '/admin/registry';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };
const MAX_BODY_BYTES = 1_000_000;

/**
 * The registry's admin API: JSON over HTTP on the gateway, beside /graphql but not part of the
 * graph, so that it never depends on the supergraph it changes, never appears to portal clients,
 * and stays usable from a shell or CI (`npm run subgraph`). The bearer token decides who may do what.
 */
export function registryRoutes(service: RegistryService, supergraph: () => LiveSupergraph | null, gatewayPublicKeyPem: string): GatewayRoute[] {
  const name = '([^/]+)';
  const route = (
    method: GatewayRoute['method'],
    path: string | RegExp,
    handler: (req: IncomingMessage, context: GatewayRouteContext) => Promise<{ status?: number; body: unknown }>,
  ): GatewayRoute => ({
    method,
    path,
    handle: async (req, res, context) => {
      try {
        const { status, body } = await handler(req, context);
        sendJson(res, status ?? 200, body);
      } catch (error) {
        sendError(res, error, context);
      }
    },
  });

  return [
    {
      method: 'GET',
      path: GATEWAY_KEY_PATH,
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-pem-file', 'cache-control': 'public, max-age=3600' });
        res.end(gatewayPublicKeyPem);
      },
    },
    route('GET', `${ADMIN_PREFIX}/subgraphs`, async (_req, context) => ({ body: await service.list(await context.viewer()) })),
    route('POST', new RegExp(`^${ADMIN_PREFIX}/subgraphs/${name}/check$`), async (req, context) => {
      const report = await service.check(await context.viewer(), subgraphName(context), await publishInput(req));
      return reportResponse(report);
    }),
    route('POST', new RegExp(`^${ADMIN_PREFIX}/subgraphs/${name}/publish$`), async (req, context) => {
      const report = await service.publish(await context.viewer(), subgraphName(context), await publishInput(req));
      return reportResponse(report);
    }),
    route('DELETE', new RegExp(`^${ADMIN_PREFIX}/subgraphs/${name}$`), async (_req, context) =>
      reportResponse(await service.remove(await context.viewer(), subgraphName(context))),
    ),
    route('GET', `${ADMIN_PREFIX}/supergraphs`, async (_req, context) => {
      const limit = Number(context.url.searchParams.get('limit') ?? 20);
      return { body: { versions: await service.history(await context.viewer(), limit) } };
    }),
    route('GET', new RegExp(`^${ADMIN_PREFIX}/supergraphs/(\\d+|current)$`), async (_req, context) => {
      const viewer = await context.viewer();
      const wanted = context.match![1];
      const version = wanted === 'current' ? (await service.list(viewer)).currentVersion : Number(wanted);
      return { body: await service.version(viewer, version ?? 0) };
    }),
    route('POST', new RegExp(`^${ADMIN_PREFIX}/supergraphs/(\\d+)/rollback$`), async (_req, context) =>
      reportResponse(await service.rollback(await context.viewer(), Number(context.match![1]))),
    ),
    // Which version this replica serves right now (several gateways may lag by a poll interval).
    route('GET', `${ADMIN_PREFIX}/served`, async (_req, context) => {
      const viewer = await context.viewer();
      const { currentVersion } = await service.list(viewer);
      return { body: { served: supergraph()?.served() ?? null, registryVersion: currentVersion } };
    }),
  ];
}

function reportResponse(report: RegistryReport): { status: number; body: RegistryReport } {
  return { status: report.outcome === 'REJECTED' ? 422 : 200, body: report };
}

function subgraphName(context: GatewayRouteContext): string {
  return decodeURIComponent(context.match![1]);
}

async function publishInput(req: IncomingMessage): Promise<PublishInput> {
  const raw = await readBody(req, MAX_BODY_BYTES);
  if (raw === null) throw badUserInput('body', `must be at most ${MAX_BODY_BYTES} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(raw || '{}');
  } catch {
    throw badUserInput('body', 'must be JSON: { "sdl": "...", "url": "...", "owner": "...", "allowBreaking": false }');
  }
  if (!body || typeof body !== 'object') throw badUserInput('body', 'must be a JSON object');
  const { sdl, url, owner, allowBreaking } = body as Record<string, unknown>;
  if (allowBreaking !== undefined && typeof allowBreaking !== 'boolean') throw badUserInput('allowBreaking', 'must be true or false');
  if (url !== undefined && typeof url !== 'string') throw badUserInput('url', 'must be a string');
  if (owner !== undefined && typeof owner !== 'string') throw badUserInput('owner', 'must be a string');
  return { sdl: sdl as string, url: url as string | undefined, owner: owner as string | undefined, allowBreaking: allowBreaking as boolean | undefined };
}

function sendError(res: ServerResponse, error: unknown, context: GatewayRouteContext): void {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (typeof code === 'string' && STATUS[code]) {
    const { code: _code, ...details } = (error as GraphQLError).extensions;
    sendJson(res, STATUS[code], { error: { code, message: (error as Error).message, ...details } });
    return;
  }
  const errorId = randomUUID();
  context.logger.error({ err: error, errorId }, 'registry admin request failed');
  sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: `Internal error (error id ${errorId}).`, errorId } });
}
