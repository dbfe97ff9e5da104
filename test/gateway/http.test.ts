import type { RunningGateway } from '../../gateway/src/gateway';
import { startTestGraph, type TestGraph } from '../support/graph';
import { counterValue, metricsOf, startRewritingProxy, type RewritingProxy } from '../support/processes';

/** GraphQL over HTTP as the spec describes it, CORS, CSRF, rate limiting, metrics and error masking. */
describe('the gateway over HTTP', () => {
  let graph: TestGraph;
  let base: string;
  let epnId: string;
  beforeAll(async () => {
    graph = await startTestGraph({
      gatewaySettings: {
        corsOrigins: ['https://www.netpublic.fr'],
        rateLimit: { enabled: true, requests: 40, windowSeconds: 60 },
        responseCache: { enabled: false, maxBytes: 0, maxTtlSeconds: 1 },
      },
    });
    base = graph.url.replace(/\/graphql$/, '');
    epnId = (await graph.query('{ epns(first: 1) { edges { node { id } } } }')).body.data.epns.edges[0].node.id;
  });
  afterAll(() => graph.stop());

  const QUERY = '{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 2) { totalCount } }';

  it('runs queries sent with GET, and refuses mutations sent with GET (405)', async () => {
    const get = await fetch(`${graph.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await get.json()) as any).data.epns.totalCount).toBeGreaterThan(0);

    const mutation = `mutation { updateEpnContact(id: "${epnId}", input: { phone: "01 02 03 04 05" }) { id } }`;
    const refused = await fetch(`${graph.url}?query=${encodeURIComponent(mutation)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(refused.status).toBe(405);
    const body = (await refused.json()) as any;
    expect(body.errors[0].message).toMatch(/mutation/i);
    expect(body.errors[0].extensions.requestId).toBe(refused.headers.get('x-request-id'));
  });

  it('answers application/graphql-response+json when the client accepts it, with 400 for an invalid document', async () => {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' };
    const ok = await fetch(graph.url, { method: 'POST', headers, body: JSON.stringify({ query: QUERY }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');

    const invalid = await fetch(graph.url, { method: 'POST', headers, body: JSON.stringify({ query: '{ epns(first: 1) { noSuchField } }' }) });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(((await invalid.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const missingVariable = await fetch(graph.url, { method: 'POST', headers, body: JSON.stringify({ query: 'query($id: ID!) { epn(id: $id) { id } }' }) });
    expect(missingVariable.status).toBe(400);
    expect(((await missingVariable.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses what it cannot serve: 406 for an unacceptable Accept, 415 for a body that is not JSON, 405 for other methods', async () => {
    const html = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/html' }, body: JSON.stringify({ query: QUERY }) });
    expect(html.status).toBe(406);
    expect(((await html.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'NOT_ACCEPTABLE' } });

    const text = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: QUERY });
    expect(text.status).toBe(415);
    expect(((await text.json()) as any).errors[0]).toMatchObject({
      message: 'A POST to /graphql needs Content-Type: application/json (got text/plain).',
      extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });

    const put = await fetch(graph.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('prevents cross-site request forgery: a GET without a preflight-forcing header runs nothing', async () => {
    const before = counterValue(await metricsOf(base), 'netpublic_gateway_subgraph_requests_total');
    const simple = await fetch(`${graph.url}?query=${encodeURIComponent(QUERY)}`);
    expect(simple.status).toBe(400);
    expect(((await simple.json()) as any).errors[0].message).toMatch(/cross-site request forgery.*apollo-require-preflight/);
    expect(counterValue(await metricsOf(base), 'netpublic_gateway_subgraph_requests_total')).toBe(before);
    const withContentType = await fetch(`${graph.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'content-type': 'application/json' } });
    expect(withContentType.status).toBe(200);
  });

  it('allows browsers only from the CORS allow-list', async () => {
    const allowed = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://www.netpublic.fr' }, body: JSON.stringify({ query: QUERY }) });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.netpublic.fr');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const other = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ query: QUERY }) });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(graph.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.netpublic.fr', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.netpublic.fr');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type, authorization');
    const refusedPreflight = await fetch(graph.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(refusedPreflight.status).toBe(403);
    expect(refusedPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits requests per client: 429 with Retry-After, counted per token subject or per address', async () => {
    const ownLimit = await graph.token({ role: 'ANALYST', sub: 'analyst-with-own-quota' });
    let refused: Response | null = null;
    for (let i = 0; i < 60 && !refused; i++) {
      const response = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(200);
    }
    expect(refused).not.toBeNull();
    const retryAfter = Number(refused!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused!.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
    expect(body.errors[0].message).toBe(`Too many requests from this client: at most 40 per 60 s (RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_S). Retry in ${retryAfter} s.`);

    // A signed-in client has its own quota, even from the same address.
    const signedIn = await graph.query('{ __typename }', undefined, ownLimit);
    expect(signedIn.status).toBe(200);
    expect(counterValue(await metricsOf(base), 'netpublic_gateway_rate_limited_total')).toBeGreaterThanOrEqual(1);
  });

  it('exposes Prometheus metrics: requests and latency per operation, per subgraph, errors by code', async () => {
    const token = await graph.token({ role: 'ANALYST', sub: 'metrics-reader' });
    await graph.query('query MetricsProbe { epns(first: 1) { edges { node { name events(first: 1) { totalCount } } } } }', undefined, token);
    await graph.query('query MetricsProbe { epns(first: 1) { nope } }', undefined, token);
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(counterValue(text, 'netpublic_gateway_requests_total', { operation: 'MetricsProbe', type: 'query', outcome: 'ok' })).toBe(1);
    expect(counterValue(text, 'netpublic_gateway_requests_total', { operation: 'MetricsProbe', outcome: 'refused' })).toBe(1);
    expect(counterValue(text, 'netpublic_gateway_request_duration_seconds_count', { operation: 'MetricsProbe' })).toBe(2);
    expect(counterValue(text, 'netpublic_gateway_subgraph_requests_total', { subgraph: 'events', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(counterValue(text, 'netpublic_gateway_subgraph_request_duration_seconds_count', { subgraph: 'epn' })).toBeGreaterThanOrEqual(1);
    expect(counterValue(text, 'netpublic_gateway_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(text).toContain('netpublic_gateway_response_cache_total');
    expect(text).toContain('netpublic_gateway_process_cpu_seconds_total');
  });

  it('masks internal errors of a subgraph: a stable code, the subgraph and the request id, no internals; the rest of the answer stays', async () => {
    const token = await graph.token({ role: 'ANALYST', sub: 'masking' });
    const epn = graph.graph.subgraphs.get('epn')!;
    await epn.dataSource.query(`UPDATE epn.epn SET commune_code = '00000' WHERE id = $1`, [epnId]);
    try {
      const response = await fetch(graph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ epn(id: "${epnId}") { id name commune { name } } territory(level: REGION, code: "53") { name } }` }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as any;
      expect(body.data.epn).toBeNull();
      expect(body.data.territory.name).toBe('Bretagne');
      expect(body.errors).toHaveLength(1);
      const [error] = body.errors;
      expect(error.message).toMatch(/^Internal error in the epn subgraph \(error id [0-9a-f-]{36}\)/);
      expect(error.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR', subgraph: 'epn', errorId: expect.any(String), requestId: response.headers.get('x-request-id'),
      });
      expect(JSON.stringify(body)).not.toMatch(/00000|official geography|stacktrace|\s+at\s/);
    } finally {
      await epn.dataSource.query(`UPDATE epn.epn SET commune_code = (SELECT commune_code FROM epn.epn WHERE id <> $1 LIMIT 1) WHERE id = $1`, [epnId]);
    }
  });

  describe('in front of a subgraph that leaks its internals (not built on the kit)', () => {
    let leaky: RewritingProxy;
    let gateway: RunningGateway;
    beforeAll(async () => {
      // The real epn subgraph, its errors rewritten the way an unmasked server would send them.
      leaky = await startRewritingProxy(graph.graph.subgraphs.get('epn')!.server.url, (body) => {
        for (const error of body.errors ?? []) {
          error.message = 'QueryFailedError: relation "epn.epn_secret" does not exist\n    at PostgresQueryRunner.query (/app/node_modules/typeorm/index.js:1:1)';
          error.extensions = { stacktrace: ['QueryFailedError', '    at PostgresQueryRunner.query'], sql: 'SELECT * FROM epn.epn_secret' };
        }
      });
      gateway = await graph.startGateway({ subgraphUrls: { epn: leaky.url }, settings: { metrics: false } });
    });
    afterAll(() => leaky.close());

    it('the gateway masks them again: no SQL, no stack trace, the code and the subgraph', async () => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'leak-test-1' },
        body: JSON.stringify({ query: '{ epn(id: "not-a-uuid") { id name } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('leak-test-1');
      const text = await response.text();
      expect(text).not.toMatch(/QueryFailedError|epn_secret|SELECT|stacktrace|PostgresQueryRunner/);
      const body = JSON.parse(text);
      expect(body.errors[0]).toMatchObject({
        message: 'Internal error in the epn subgraph; the fields it serves are missing from this answer.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph: 'epn', requestId: 'leak-test-1' },
      });
    });
  });
});
