import { startTestGraph, type TestGraph } from '../support/graph';
import { startDelayProxy } from '../support/processes';

/** A subgraph going down or answering too late never takes the gateway down: partial answers, never a 500. */
describe('gateway resilience', () => {
  let graph: TestGraph;
  let base: string;
  let token: string;
  beforeAll(async () => {
    graph = await startTestGraph();
    base = graph.url.replace(/\/graphql$/, '');
    // Signed in, so that every request really goes to the subgraphs (no cached answers).
    token = await graph.token({ role: 'ANALYST', sub: 'load' });
  });
  afterAll(() => graph.stop());

  const readiness = async () => {
    const response = await fetch(`${base}/ready`);
    return { status: response.status, body: (await response.json()) as any };
  };

  it('answers a subgraph answering too late with the rest and a SUBGRAPH_TIMEOUT error naming it', async () => {
    const proxy = await startDelayProxy(graph.graph.subgraphs.get('events')!.server.url, 2_000);
    const gateway = await graph.startGateway({ subgraphUrls: { events: proxy.url }, settings: { subgraphTimeoutMs: 300, metrics: false } });
    try {
      const started = Date.now();
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ epns(first: 2) { edges { node { name events(first: 1) { totalCount } } } } }' }),
      });
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(response.status).toBe(200);
      const body = (await response.json()) as any;
      expect(body.data.epns.edges).toHaveLength(2);
      for (const { node } of body.data.epns.edges) expect(node.events).toBeNull();
      expect(body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', subgraph: 'events' });
      expect(body.errors[0].message).toBe('The events subgraph did not answer in time; fields it serves are missing from this answer.');
    } finally {
      await proxy.close();
    }
  });

  it('keeps answering while a subgraph is killed under load; /ready reports it down, other queries still work', async () => {
    expect((await readiness()).status).toBe(200);
    const statuses: number[] = [];
    const afterKill: any[] = [];
    let killed = false;
    let running = true;
    const client = async (worker: number) => {
      for (let i = 0; running; i++) {
        const response = await fetch(graph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'query Load($code: String!) { epns(filter: { territory: { level: DEPARTEMENT, code: $code } }, first: 3) { edges { node { name events(first: 2) { totalCount } } } } }',
            variables: { code: ['35', '29', '22', '56'][(worker + i) % 4] },
          }),
        });
        statuses.push(response.status);
        const body = await response.json();
        if (killed) afterKill.push(body);
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));
    while (statuses.length < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    await graph.graph.stopSubgraph('events');
    killed = true;
    const killedAt = statuses.length;
    while (statuses.length < killedAt + 40) await new Promise((resolve) => setTimeout(resolve, 10));
    running = false;
    await load;

    // Never a 5xx: every answer before, during and after the kill is a GraphQL answer.
    expect(statuses.every((s) => s === 200)).toBe(true);
    const settled = afterKill.slice(-20);
    for (const body of settled) {
      expect(body.data.epns.edges.length).toBeGreaterThan(0);
      for (const { node } of body.data.epns.edges) {
        expect(node.name.length).toBeGreaterThan(0);
        expect(node.events).toBeNull();
      }
      expect(body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'events' });
    }

    expect((await fetch(`${base}/health`)).status).toBe(200);
    let ready = await readiness();
    for (let i = 0; i < 40 && ready.status !== 503; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await readiness();
    }
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('not ready');
    expect(ready.body.subgraphs.events).toMatchObject({ status: 'down', error: 'unreachable' });
    expect(ready.body.subgraphs.epn).toMatchObject({ status: 'up', database: 'up' });

    const other = await graph.query('{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 2) { edges { node { name currentLabel { status } } } } }', undefined, token);
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data.epns.edges).toHaveLength(2);
  });
});
