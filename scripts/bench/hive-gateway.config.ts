import { defineConfig } from '@graphql-hive/gateway';
import { INTERNAL_TOKEN_HEADER } from '../../subgraphs/kit/src/internal-auth';
import type { Viewer } from '../../subgraphs/kit/src/viewer';
import { PeerSubgraphAuth } from './peer-auth';

/**
 * Hive Gateway's stock configuration for `npm run bench` (its CLI loads this file): the supergraph
 * file is given on the command line, with the URLs where the subgraphs listen; the only addition is
 * what our subgraphs require, the gateway token naming the viewer (peer-auth.ts), through its
 * documented header propagation. The client's token is verified once per request.
 */
const auth = PeerSubgraphAuth.fromEnv();
const viewers = new WeakMap<Request, Promise<Viewer>>();

export const gatewayConfig = defineConfig({
  logging: 'warn',
  propagateHeaders: {
    async fromClientToSubgraphs({ request, subgraphName }) {
      let viewer = viewers.get(request);
      if (!viewer) {
        viewer = auth.viewer(request.headers.get('authorization'));
        viewers.set(request, viewer);
      }
      return { [INTERNAL_TOKEN_HEADER]: await auth.tokenFor(subgraphName, await viewer) };
    },
  },
});
