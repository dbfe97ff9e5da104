import { createPublicKey } from 'node:crypto';
import { ConfigError, InternalTokenSigner, privateKeyFromPem, rootLogger } from '../../subgraphs/kit/src';
import { JwtAuthenticator } from './auth';
import { loadGatewayConfig, loadGatewaySettings, privateKeyPem, readSupergraph, subgraphUrlOverrides } from './config';
import { startGateway } from './gateway';
import { importForwardRoute, subgraphUrlIn } from './imports';
import { openRegistry } from './registry';
import { startTracing } from './tracing';

/**
 * The gateway as its own process (containers): `tsx gateway/src/main.ts`. With DATABASE_URL it
 * serves the schema registry's supergraph (live publishes); with `--supergraph PATH` or
 * SUPERGRAPH_SOURCE=file, that file as it is.
 */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const settings = loadGatewaySettings();
  const pem = privateKeyPem(config);
  if (!pem) throw new ConfigError('Invalid configuration: GATEWAY_PRIVATE_KEY or GATEWAY_PRIVATE_KEY_FILE is required (it signs the viewer passed to subgraphs)');
  const logger = rootLogger.child({ component: 'gateway' });
  const tracing = await startTracing(process.env, logger);
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
    settings,
  });
  await registry?.attach(gateway.supergraph);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    await gateway.close();
    await registry?.close();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`gateway: ${error.message}\n`);
    process.exit(2);
  }
  rootLogger.fatal({ err: error }, 'could not start the gateway');
  process.exit(1);
});
