import { ConfigError, InternalTokenSigner, privateKeyFromPem, rootLogger } from '../../subgraphs/kit/src';
import { JwtAuthenticator } from './auth';
import { loadGatewayConfig, loadGatewaySettings, privateKeyPem, readSupergraph, subgraphUrlOverrides } from './config';
import { startGateway } from './gateway';
import { startTracing } from './tracing';

/** The gateway as its own process (containers): `tsx gateway/src/main.ts [--supergraph PATH]`. */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const settings = loadGatewaySettings();
  const pem = privateKeyPem(config);
  if (!pem) throw new ConfigError('Invalid configuration: GATEWAY_PRIVATE_KEY or GATEWAY_PRIVATE_KEY_FILE is required (it signs the viewer passed to subgraphs)');
  const logger = rootLogger.child({ component: 'gateway' });
  const tracing = await startTracing(process.env, logger);
  const gateway = await startGateway({
    supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
    subgraphUrls: subgraphUrlOverrides(),
    signer: new InternalTokenSigner(privateKeyFromPem(pem)),
    authenticator: new JwtAuthenticator({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
    logger,
    port: config.GATEWAY_PORT,
    host: config.GATEWAY_HOST,
    settings,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight requests');
    await gateway.close();
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
