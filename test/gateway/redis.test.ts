import { createHash } from 'node:crypto';
import trustedDocuments from '../../schema/__generated__/persisted-documents.json';
import { TEST_JWT_SECRET, startTestGraph, type TestGraph } from '../support/graph';
import { counterValue, metricsOf, startGatewayProcess, startRedis, type GatewayProcess, type RedisServer } from '../support/processes';

const documentIdOf = (name: string) => Object.entries(trustedDocuments as Record<string, string>).find(([, doc]) => doc.startsWith(`query ${name}(`))![0];

/**
 * Two gateway processes with REDIS_URL, in front of the same subgraphs, as two replicas behind a
 * load balancer: they share cached answers, invalidations and rate-limit counters.
 */
describe('two gateway replicas sharing Redis', () => {
  let graph: TestGraph;
  let redis: RedisServer;
  let a: GatewayProcess;
  let b: GatewayProcess;
  let epnId: string;

  beforeAll(async () => {
    redis = await startRedis();
    graph = await startTestGraph();
    epnId = (await graph.query('{ epns(filter: { territory: { level: DEPARTEMENT, code: "29" } }, first: 1) { edges { node { id } } } }')).body.data.epns.edges[0].node.id;
    const env = {
      GATEWAY_PRIVATE_KEY: graph.keyPair.privateKeyPem,
      JWT_SECRET: TEST_JWT_SECRET,
      REDIS_URL: redis.url,
      RATE_LIMIT_REQUESTS: '40',
      RATE_LIMIT_WINDOW_S: '60',
      ...Object.fromEntries([...graph.graph.subgraphs].map(([name, s]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, s.server.url])),
    };
    [a, b] = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await graph?.stop();
    await redis?.stop();
  });

  const post = async (gateway: GatewayProcess, body: Record<string, unknown>, token?: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, cache: response.headers.get('x-cache'), body: (await response.json()) as any };
  };
  const epnPage = (gateway: GatewayProcess) => post(gateway, { documentId: documentIdOf('EpnPage'), variables: { id: epnId } });
  const subgraphCalls = async (gateway: GatewayProcess) => counterValue(await metricsOf(gateway.base), 'netpublic_gateway_subgraph_requests_total');

  it('an answer cached by one replica is served by the other without calling any subgraph', async () => {
    const fromA = await epnPage(a);
    expect(fromA).toMatchObject({ status: 200, cache: 'MISS' });
    expect(await subgraphCalls(a)).toBeGreaterThan(0);
    const before = await subgraphCalls(b);
    const fromB = await epnPage(b);
    expect(fromB).toMatchObject({ status: 200, cache: 'HIT' });
    expect(fromB.body).toEqual(fromA.body);
    expect(await subgraphCalls(b)).toBe(before);
  });

  it('a mutation through one replica refreshes the answer the other serves', async () => {
    await epnPage(a);
    expect((await epnPage(a)).cache).toBe('HIT');
    const token = await graph.token({ role: 'NATIONAL_ADMIN', sub: 'national-admin' });
    const hours = `Mo-Fr 09:00-${10 + (Date.now() % 8)}:00`;
    const mutation = await post(b, { query: `mutation { updateEpnContact(id: "${epnId}", input: { openingHours: "${hours}" }) { openingHours } }` }, token);
    expect(mutation.body).toEqual({ data: { updateEpnContact: { openingHours: hours } } });
    const fresh = await epnPage(a);
    expect(fresh.cache).toBe('MISS');
    expect(fresh.body.data.epn.openingHours).toBe(hours);
    expect((await epnPage(b)).cache).toBe('HIT');
  });

  it('counts a client’s requests across replicas: its quota is shared', async () => {
    const token = await graph.token({ role: 'ANALYST', sub: 'analyst-shared-quota' });
    for (let i = 0; i < 20; i++) {
      expect((await post(a, { query: '{ __typename }' }, token)).status).toBe(200);
      expect((await post(b, { query: '{ __typename }' }, token)).status).toBe(200);
    }
    const refusedByA = await post(a, { query: '{ __typename }' }, token);
    const refusedByB = await post(b, { query: '{ __typename }' }, token);
    expect([refusedByA.status, refusedByB.status]).toEqual([429, 429]);
    expect(refusedByB.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another client is not affected.
    const other = await graph.token({ role: 'ANALYST', sub: 'another-analyst' });
    expect((await post(b, { query: '{ __typename }' }, other)).status).toBe(200);
  });

  it('automatic persisted queries registered on one replica are known to the other', async () => {
    const query = '{ territory(level: DEPARTEMENT, code: "29") { name } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    expect((await post(a, { query, extensions })).body.data.territory.name).toBe('Finistère');
    expect((await post(b, { extensions })).body.data.territory.name).toBe('Finistère');
  });

  it('without Redis, the replicas keep answering (uncached) and /ready says Redis is down, staying ready', async () => {
    await redis.stop();
    const answer = await post(a, { documentId: documentIdOf('TerritoryPage'), variables: { level: 'DEPARTEMENT', code: '29' } });
    expect(answer.status).toBe(200);
    expect(answer.body.data.territory.name).toBe('Finistère');
    const ready = await fetch(`${b.base}/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as any).redis).toBe('down');
  });
});
