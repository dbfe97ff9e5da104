import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { INTERNAL_TOKEN_HEADER } from '../../subgraphs/kit/src/internal-auth';
import type { Viewer } from '../../subgraphs/kit/src/viewer';
import { PeerSubgraphAuth } from './peer-auth';

/**
 * Stock @apollo/gateway on Apollo Server's standalone server, as its documentation sets them up, for
 * `npm run bench`: the supergraph file (SUPERGRAPH_PATH, whose URLs are where the subgraphs listen),
 * default data sources, plus the one thing our subgraphs require — the gateway token naming the
 * viewer (peer-auth.ts), set in `willSendRequest` as Apollo documents for headers to subgraphs.
 */
interface Context {
  viewer: Viewer;
}

async function main(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const auth = PeerSubgraphAuth.fromEnv();
  const server = new ApolloServer<Context>({
    // Stopped by the handler below (Apollo's own re-raises the signal, and the process would end without its profile).
    stopOnTerminationSignals: false,
    gateway: new ApolloGateway({
      supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH ?? '', 'utf8'),
      buildService: ({ name, url }) =>
        new RemoteGraphQLDataSource<Context>({
          url,
          willSendRequest: async ({ request, context }) => {
            request.http?.headers.set(INTERNAL_TOKEN_HEADER, await auth.tokenFor(name, context.viewer));
          },
        }),
    }),
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.GATEWAY_PORT), host: '127.0.0.1' },
    context: async ({ req }) => ({ viewer: await auth.viewer(req.headers.authorization) }),
  });
  process.stderr.write(`stock @apollo/gateway listening at ${url}\n`);
  // A normal exit, so that a CPU profile (node --cpu-prof) is written.
  process.once('SIGTERM', () => void server.stop().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`apollo-gateway: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
