import { ConfigError, commonConfigShape, envVar, loadConfig } from '../../subgraphs/kit/src';
import { loadGatewayConfig } from '../../gateway/src/config';

describe('configuration from the environment', () => {
  it('uses defaults when variables are unset or empty', () => {
    const config = loadConfig(commonConfigShape, { PG_PORT: '', LOG_LEVEL: undefined });
    expect(config.PG_PORT).toBe(54329);
    expect(config.MAX_PAGE_SIZE).toBe(100);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable, its rule and its value, on one line', () => {
    let message = '';
    try {
      loadConfig({ ...commonConfigShape, EPN_PORT: envVar.port(4002) }, { EPN_PORT: 'abc', DATABASE_URL: 'mysql://x', MAX_PAGE_SIZE: '0' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).not.toContain('\n');
    expect(message).toContain('EPN_PORT must be a TCP port number between 1 and 65535 (got "abc")');
    expect(message).toContain('DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://x")');
    expect(message).toContain('MAX_PAGE_SIZE must be a positive integer (got "0")');
  });

  it('reads the supergraph path from --supergraph before the environment', () => {
    const config = loadGatewayConfig({ SUPERGRAPH_PATH: '/from/env.graphql' }, ['--supergraph', '/from/flag.graphql']);
    expect(config.SUPERGRAPH_PATH).toBe('/from/flag.graphql');
    expect(() => loadGatewayConfig({}, ['--supergraph'])).toThrow('--supergraph needs a file path');
  });

  it('refuses a too short development JWT secret', () => {
    expect(() => loadGatewayConfig({ JWT_SECRET: 'short' }, [])).toThrow('JWT_SECRET must be at least 16 characters (got "short")');
  });
});
