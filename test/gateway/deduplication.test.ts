import { statementCount } from '../../subgraphs/kit/src';
import { CACHE_TAGS_HEADER, INTERNAL_TOKEN_HEADER } from '../../subgraphs/kit/src';
import { InflightQueries, isQuery } from '../../gateway/src/subgraph-data-source';
import { SubgraphResponse } from '../../gateway/src/subgraph-fetch';
import { trustedOperations } from '../../scripts/bench/workloads';
import { postGraphQL, startTestGraph, type TestGraph } from '../support/graph';

describe('identical subgraph queries in flight are sent once', () => {
  it('tells queries from mutations in the bodies @apollo/gateway sends', () => {
    expect(isQuery('{"query":"query EpnPage__epn__0($id:ID!){epn(id:$id){id}}","variables":{"id":"x"}}')).toBe(true);
    expect(isQuery('{"query":"{epns{totalCount}}"}')).toBe(true);
    expect(isQuery('{"query":"mutation AwardLabel__epn__0($input:AwardLabelInput!){awardLabel(input:$input){id}}"}')).toBe(false);
    // The query need not be the first key; a variable named "query" does not fool it.
    expect(isQuery('{"variables":{"query":"query"},"query":"mutation M{x}"}')).toBe(false);
    expect(isQuery('{"operationName":"Q","query":"query Q{x}"}')).toBe(true);
    expect(isQuery('not json')).toBe(false);
  });

  function fakeSubgraph() {
    const calls: { url: string; body: string }[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const send = async (url: string, init: RequestInit) => {
      calls.push({ url, body: String(init.body) });
      await gate;
      return new SubgraphResponse(url, 200, 'OK', new Headers({ 'content-type': 'application/json' }), JSON.stringify({ data: { n: calls.length } }));
    };
    return { calls, send, release: () => release() };
  }

  const init = (body: string, token = 'viewer-a', tags = false): RequestInit => ({
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token, 'x-request-id': String(Math.random()), ...(tags ? { [CACHE_TAGS_HEADER]: '1' } : {}) },
  });

  it('shares one answer between identical queries, each caller reading its own copy', async () => {
    const subgraph = fakeSubgraph();
    let shared = 0;
    const inflight = new InflightQueries(subgraph.send, () => shared++);
    const body = '{"query":"query Q{n}"}';
    const answers = Array.from({ length: 10 }, () => inflight.fetch('http://epn/graphql', init(body)));
    expect(inflight.size).toBe(1);
    subgraph.release();
    const texts = await Promise.all((await Promise.all(answers)).map((response) => response.text()));
    expect(subgraph.calls).toHaveLength(1);
    expect(shared).toBe(9);
    expect(new Set(texts)).toEqual(new Set(['{"data":{"n":1}}']));
    expect(inflight.size).toBe(0);
    // Once answered, the next identical query is sent again (nothing is cached).
    await (await inflight.fetch('http://epn/graphql', init(body))).text();
    expect(subgraph.calls).toHaveLength(2);
  });

  it('never shares between viewers, cache-tag requests, subgraphs, or for a mutation', async () => {
    const subgraph = fakeSubgraph();
    const inflight = new InflightQueries(subgraph.send);
    const query = '{"query":"query Q{n}"}';
    const mutation = '{"query":"mutation M{n}"}';
    const sent = [
      inflight.fetch('http://epn/graphql', init(query, 'viewer-a')),
      inflight.fetch('http://epn/graphql', init(query, 'viewer-b')),
      inflight.fetch('http://epn/graphql', init(query, 'viewer-a', true)),
      inflight.fetch('http://events/graphql', init(query, 'viewer-a')),
      inflight.fetch('http://epn/graphql', init(mutation)),
      inflight.fetch('http://epn/graphql', init(mutation)),
    ];
    subgraph.release();
    await Promise.all((await Promise.all(sent)).map((response) => response.text()));
    expect(subgraph.calls).toHaveLength(6);
  });

  describe('through the gateway, response cache off', () => {
    let graph: TestGraph;
    beforeAll(async () => {
      graph = await startTestGraph();
    });
    afterAll(() => graph.stop());

    async function burst(deduplicate: boolean): Promise<{ statements: number; answers: string[] }> {
      const gateway = await graph.startGateway({
        settings: { subgraphDeduplication: deduplicate, responseCache: { enabled: false, maxBytes: 1, maxTtlSeconds: 1 }, metrics: false },
      });
      const epn = graph.graph.subgraphs.get('epn')!.dataSource;
      const query = trustedOperations().get('CoverageMap')!;
      // A first request, so that both runs start with warm plans and connections.
      await postGraphQL(gateway.url, query, { level: 'REGION' });
      const before = statementCount(epn);
      const responses = await Promise.all(Array.from({ length: 20 }, () => postGraphQL(gateway.url, query, { level: 'REGION' })));
      const statements = statementCount(epn) - before;
      await gateway.close();
      return { statements, answers: responses.map((r) => JSON.stringify(r.body)) };
    }

    it('twenty visitors asking for the coverage map at once cost the subgraph fewer requests, with the same answer', async () => {
      const without = await burst(false);
      const withDedup = await burst(true);
      expect(without.statements).toBeGreaterThanOrEqual(20);
      expect(withDedup.statements).toBeLessThan(without.statements / 2);
      expect(new Set([...without.answers, ...withDedup.answers]).size).toBe(1);
      expect(JSON.parse(withDedup.answers[0]).data.labelCoverage.edges.length).toBeGreaterThan(10);
    });
  });
});
