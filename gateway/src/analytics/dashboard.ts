import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { sendJson } from '../../../subgraphs/kit/src';
import type { GatewayRoute } from '../gateway';

/**
 * The label coverage dashboard: a static page, its stylesheet, and its script bundled by esbuild
 * from dashboard/src on first request (a fraction of a second), then served from memory. No CDN, no build
 * step before `npm start`.
 */
export const DASHBOARD_DIR = path.resolve(__dirname, '..', '..', '..', 'dashboard');

let bundle: Promise<string> | null = null;

export async function buildDashboardScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(DASHBOARD_DIR, 'src', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    loader: { '.svg': 'text' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function dashboardScript(): Promise<string> {
  if (!bundle) {
    bundle = buildDashboardScript();
    // A failed build is retried on the next request rather than cached.
    bundle.catch(() => {
      bundle = null;
    });
  }
  return bundle;
}

const STATIC: Record<string, { file: string; type: string }> = {
  '/dashboard': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/dashboard/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

export function dashboardRoutes(): GatewayRoute[] {
  return [
    ...Object.entries(STATIC).map(([route, asset]): GatewayRoute => ({
      method: 'GET',
      path: route,
      async handle(_req, res) {
        const body = await readFile(path.join(DASHBOARD_DIR, 'public', asset.file));
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
        res.end(body);
      },
    })),
    {
      method: 'GET',
      path: '/dashboard/app.js',
      async handle(_req, res, context) {
        let script: string;
        try {
          script = await dashboardScript();
        } catch (error) {
          context.logger.error({ err: error }, 'could not build the dashboard script');
          return sendJson(res, 500, { error: 'The dashboard script could not be built; see the gateway log.' });
        }
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(script);
      },
    },
  ];
}
