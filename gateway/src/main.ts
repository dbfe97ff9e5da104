import { createPublicKey } from 'node:crypto';
import { ConfigError, InternalTokenSigner, configurePagination, privateKeyFromPem, rootLogger } from '../../subgraphs/kit/src';
import { JwtAuthenticator } from './auth';
import { loadGatewayConfig, privateKeyPem, readSupergraph, subgraphUrlOverrides } from './config';
import { startGateway } from './gateway';
import { importForwardRoute, subgraphUrlIn } from './imports';
import { openRegistry } from './registry';

/**
 * The gateway as its own process (containers): `tsx gateway/src/main.ts`. With DATABASE_URL it
 * serves the schema registry's supergraph (live publishes); with `--supergraph PATH` or
 * SUPERGRAPH_SOURCE=file, that file as it is.
 */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const pem = privateKeyPem(config);
  if (!pem) throw new ConfigError('Invalid configuration: GATEWAY_PRIVATE_KEY or GATEWAY_PRIVATE_KEY_FILE is required (it signs the viewer passed to subgraphs)');
  configurePagination({ defaultSize: 20, maxSize: 100 });
  const logger = rootLogger.child({ component: 'gateway' });
  const privateKey = privateKeyFromPem(pem);
  const signer = new InternalTokenSigner(privateKey);
  const registry = config.SUPERGRAPH_SOURCE === 'registry'
    ? await openRegistry({
      databaseUrl: config.DATABASE_URL!, logger, pollMs: config.REGISTRY_POLL_MS, compositionTimeoutMs: config.COMPOSITION_TIMEOUT_MS,
      gatewayPublicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(),
    })
    : null;
  const supergraphSdl = registry?.current.supergraphSdl ?? readSupergraph(config.SUPERGRAPH_PATH);
  const subgraphUrls = subgraphUrlOverrides();
  const epnUrl = subgraphUrls.epn ?? subgraphUrlIn(supergraphSdl, 'epn');
  const gateway = await startGateway({
    supergraphSdl,
    supergraphVersion: registry?.current.version,
    routes: [...(epnUrl ? [importForwardRoute(epnUrl, signer)] : []), ...(registry?.routes ?? [])],
    subgraphUrls,
    signer,
    authenticator: new JwtAuthenticator({
      secret: config.JWT_SECRET, publicKeyPem: config.JWT_PUBLIC_KEY, jwksUrl: config.JWT_JWKS_URL,
      issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE,
      internal: { publicKey: createPublicKey(privateKey), trustedSubgraphs: config.TRUSTED_SUBGRAPHS },
    }),
    logger,
    port: config.GATEWAY_PORT,
    host: config.GATEWAY_HOST,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    maxBodyBytes: config.MAX_BODY_BYTES,
  });
  await registry?.attach(gateway.supergraph);
  const stop = async () => {
    await gateway.close();
    await registry?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`gateway: ${error.message}\n`);
    process.exit(2);
  }
  rootLogger.fatal({ err: error }, 'could not start the gateway');
  process.exit(1);
});
