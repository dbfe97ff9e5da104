import { createHash } from 'node:crypto';
import trustedDocuments from '../../schema/__generated__/persisted-documents.json';
import { startTestGraph, type TestGraph } from '../support/graph';
import { counterValue, metricsOf, startRewritingProxy } from '../support/processes';

const documentIdOf = (name: string) => Object.entries(trustedDocuments as Record<string, string>).find(([, doc]) => doc.startsWith(`query ${name}(`))![0];

/**
 * The response cache (in memory here; with Redis in redis.test.ts): public anonymous reads are
 * served without calling any subgraph, never what depends on who asks, and a mutation refreshes what
 * it changed — only that.
 */
describe('the response cache', () => {
  let graph: TestGraph;
  let base: string;
  let epnId: string;
  let managerToken: string;
  beforeAll(async () => {
    graph = await startTestGraph();
    base = graph.url.replace(/\/graphql$/, '');
    epnId = (await graph.query('{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" }, labelled: true }, first: 1) { edges { node { id } } } }')).body.data.epns.edges[0].node.id;
    managerToken = await graph.token({ role: 'EPN_MANAGER', epnId, sub: 'manager-of-the-epn' });
  });
  afterAll(() => graph.stop());

  const subgraphCalls = async () => counterValue(await metricsOf(base), 'netpublic_gateway_subgraph_requests_total');

  async function post(body: Record<string, unknown>, token?: string) {
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  const epnPage = (token?: string) => post({ documentId: documentIdOf('EpnPage'), variables: { id: epnId } }, token);
  const directory35 = () => post({ documentId: documentIdOf('EpnDirectory'), variables: { territory: { level: 'DEPARTEMENT', code: '35' }, first: 100 } });
  const directory75 = () => post({ documentId: documentIdOf('EpnDirectory'), variables: { territory: { level: 'DEPARTEMENT', code: '75' }, first: 5 } });

  it('serves a public query the second time without calling any subgraph, byte for byte', async () => {
    const first = await epnPage();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    // The shortest hint among the subgraphs called: upcoming events (60 s).
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    const calls = await subgraphCalls();
    expect(calls).toBeGreaterThanOrEqual(3);

    const second = await epnPage();
    expect(second.status).toBe(200);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toMatch(/^max-age=(59|60), public$/);
    expect(second.text).toBe(first.text);
    expect(await subgraphCalls()).toBe(calls);
    expect(counterValue(await metricsOf(base), 'netpublic_gateway_response_cache_total', { result: 'hit' })).toBeGreaterThanOrEqual(1);
  });

  it('serves the same query from the cache whether it came as a document id, an APQ hash or the full text', async () => {
    const document = (trustedDocuments as Record<string, string>)[documentIdOf('EpnPage')];
    const calls = await subgraphCalls();
    const fullText = await post({ query: document, variables: { id: epnId } });
    const apq = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(document).digest('hex') } }, variables: { id: epnId } });
    expect([fullText.headers.get('x-cache'), apq.headers.get('x-cache')]).toEqual(['HIT', 'HIT']);
    expect(await subgraphCalls()).toBe(calls);
  });

  it('never serves a signed-in client from the anonymous cache, nor lets shared caches keep its answers', async () => {
    const calls = await subgraphCalls();
    const signedIn = await epnPage(managerToken);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('x-cache')).toBeNull();
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(await subgraphCalls()).toBeGreaterThan(calls);
  });

  it('after a mutation, the next read is fresh: cached answers holding the changed EPN are dropped, others kept', async () => {
    await directory35();
    await directory75();
    expect((await directory35()).headers.get('x-cache')).toBe('HIT');
    expect((await directory75()).headers.get('x-cache')).toBe('HIT');
    const directoryHolds = JSON.parse((await directory35()).text).data.epns.edges.some((e: any) => e.node.id === epnId);
    expect(directoryHolds).toBe(true);

    const phone = `02 99 ${String(Date.now() % 100).padStart(2, '0')} 00 01`;
    const mutation = await post({ query: 'mutation($id: ID!, $phone: String) { updateEpnContact(id: $id, input: { phone: $phone }) { id phone } }', variables: { id: epnId, phone } }, managerToken);
    expect(JSON.parse(mutation.text)).toEqual({ data: { updateEpnContact: { id: epnId, phone } } });
    expect(counterValue(await metricsOf(base), 'netpublic_gateway_response_cache_invalidated_total')).toBeGreaterThanOrEqual(2);

    const calls = await subgraphCalls();
    const fresh = await epnPage();
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(JSON.parse(fresh.text).data.epn.phone).toBe(phone);
    expect(await subgraphCalls()).toBeGreaterThan(calls);
    expect((await epnPage()).headers.get('x-cache')).toBe('HIT');
    // The directory of Ille-et-Vilaine listed that EPN: dropped too. Paris did not: still cached.
    expect((await directory35()).headers.get('x-cache')).toBe('MISS');
    expect((await directory75()).headers.get('x-cache')).toBe('HIT');
  });

  it('does not cache what depends on who asks (PRIVATE personal data) nor answers with errors', async () => {
    const adherentId = (await graph.query('{ adherents(filter: { status: VALIDATED }, first: 1) { edges { node { id } } } }')).body.data.adherents.edges[0].node.id;
    const privateField = `{ adherent(id: "${adherentId}") { name currentAdhesion { signatoryName } } }`;
    for (let i = 0; i < 2; i++) {
      const response = await post({ query: privateField });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cache')).toBe('BYPASS');
      expect(response.headers.get('cache-control')).toBe('max-age=300, private');
    }
    const withError = `{ adherent(id: "${adherentId}") { name contacts(first: 1) { totalCount } } }`;
    for (let i = 0; i < 2; i++) {
      const response = await post({ query: withError });
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe('FORBIDDEN');
      expect(response.headers.get('x-cache')).toBe('BYPASS');
    }
  });

  it('empties the cache after a mutation of a subgraph that does not say what it changed', async () => {
    // The epn subgraph behind a hop that drops its cache tags, like a subgraph not built on the kit.
    const untagged = await startRewritingProxy(graph.graph.subgraphs.get('epn')!.server.url, (body) => {
      if (body.extensions) delete body.extensions.cacheTags;
    });
    const gateway = await graph.startGateway({ subgraphUrls: { epn: untagged.url } });
    try {
      const send = (body: Record<string, unknown>, token?: string) =>
        fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
      const paris = { documentId: documentIdOf('EpnDirectory'), variables: { territory: { level: 'DEPARTEMENT', code: '75' }, first: 5 } };
      await send(paris);
      expect((await send(paris)).headers.get('x-cache')).toBe('HIT');
      const mutation = await send({ query: `mutation { updateEpnContact(id: "${epnId}", input: { websites: ["https://epn.example.fr"] }) { id } }` }, managerToken);
      expect(((await mutation.json()) as any).data.updateEpnContact.id).toBe(epnId);
      expect((await send(paris)).headers.get('x-cache')).toBe('MISS');
    } finally {
      await untagged.close();
    }
  });
});
