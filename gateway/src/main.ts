import { createPublicKey } from 'node:crypto';
import { ConfigError, InternalTokenSigner, configurePagination, privateKeyFromPem, rootLogger } from '../../subgraphs/kit/src';
import { JwtAuthenticator } from './auth';
import { loadGatewayConfig, privateKeyPem, readSupergraph, subgraphUrlOverrides } from './config';
import { startGateway } from './gateway';

/** The gateway as its own process (containers): `tsx gateway/src/main.ts [--supergraph PATH]`. */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const pem = privateKeyPem(config);
  if (!pem) throw new ConfigError('Invalid configuration: GATEWAY_PRIVATE_KEY or GATEWAY_PRIVATE_KEY_FILE is required (it signs the viewer passed to subgraphs)');
  configurePagination({ defaultSize: 20, maxSize: 100 });
  const privateKey = privateKeyFromPem(pem);
  const gateway = await startGateway({
    supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
    subgraphUrls: subgraphUrlOverrides(),
    signer: new InternalTokenSigner(privateKey),
    authenticator: new JwtAuthenticator({
      secret: config.JWT_SECRET, publicKeyPem: config.JWT_PUBLIC_KEY, jwksUrl: config.JWT_JWKS_URL,
      issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE,
      internal: { publicKey: createPublicKey(privateKey), trustedSubgraphs: config.TRUSTED_SUBGRAPHS },
    }),
    logger: rootLogger.child({ component: 'gateway' }),
    port: config.GATEWAY_PORT,
    host: config.GATEWAY_HOST,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    maxBodyBytes: config.MAX_BODY_BYTES,
  });
  const stop = async () => {
    await gateway.close();
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
