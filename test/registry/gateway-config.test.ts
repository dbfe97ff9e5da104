import { loadGatewayConfig } from '../../gateway/src/config';

describe('where the gateway process takes its supergraph from', () => {
  const DATABASE_URL = 'postgres://u:p@127.0.0.1:5432/netpublic';

  it('from the registry when it has a database, from a file otherwise', () => {
    expect(loadGatewayConfig({ DATABASE_URL }, []).SUPERGRAPH_SOURCE).toBe('registry');
    expect(loadGatewayConfig({}, []).SUPERGRAPH_SOURCE).toBe('file');
  });

  it('--supergraph PATH or SUPERGRAPH_SOURCE=file serves a file even with a database', () => {
    const config = loadGatewayConfig({ DATABASE_URL }, ['--supergraph', 'other.graphql']);
    expect([config.SUPERGRAPH_SOURCE, config.SUPERGRAPH_PATH]).toEqual(['file', 'other.graphql']);
    expect(loadGatewayConfig({ DATABASE_URL, SUPERGRAPH_SOURCE: 'file' }, []).SUPERGRAPH_SOURCE).toBe('file');
  });

  it('refuses the registry without a database, and unknown sources, naming the variable', () => {
    expect(() => loadGatewayConfig({ SUPERGRAPH_SOURCE: 'registry' }, [])).toThrow('SUPERGRAPH_SOURCE=registry needs DATABASE_URL');
    expect(() => loadGatewayConfig({ SUPERGRAPH_SOURCE: 'uplink' }, [])).toThrow('SUPERGRAPH_SOURCE must be one of registry, file (got "uplink")');
    expect(() => loadGatewayConfig({ REGISTRY_POLL_MS: '0' }, [])).toThrow('REGISTRY_POLL_MS must be a positive integer (got "0")');
  });
});
