import { INTERNAL_TOKEN_HEADER } from '../../subgraphs/kit/src';
import { startTestGraph, type TestGraph } from '../support/graph';

/** The gateway in front of the four real subgraphs, over HTTP, on a seeded database. */
describe('the federated graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  const DIRECTORY = `query Directory($code: String!) {
    epns(filter: { territory: { level: DEPARTEMENT, code: $code }, labelled: true }, first: 10) {
      totalCount
      edges { node {
        id name
        commune { name departement { name } }
        currentLabel { status awardedBy { id name kind } }
        events(upcoming: true, first: 3) { totalCount edges { node { title startsAt commune { name } } } }
        eligibleOffers(first: 3) { totalCount edges { node { partner title } } }
      } }
    }
  }`;

  it('answers one query that needs all four subgraphs, with real data', async () => {
    const { status, body } = await graph.query(DIRECTORY, { code: '35' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const edges = body.data.epns.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) {
      expect(node.commune.departement.name).toBe('Ille-et-Vilaine');
      expect(node.currentLabel.status).toBe('ACTIVE');
      // A labelled EPN may see the partner offers valid today.
      expect(node.eligibleOffers.totalCount).toBeGreaterThan(0);
      if (node.currentLabel.awardedBy) expect(node.currentLabel.awardedBy.name.length).toBeGreaterThan(0);
      for (const { node: event } of node.events.edges) expect(new Date(event.startsAt).getTime()).toBeGreaterThan(Date.now() - 86_400_000);
    }
  });

  it('gives no partner offer to an EPN without an active label (decided through the graph)', async () => {
    const { body } = await graph.query(`{ epns(filter: { labelled: false }, first: 5) { edges { node { hasActiveLabel eligibleOffers(first: 5) { totalCount } reservedResources(first: 5) { totalCount } } } } }`);
    expect(body.errors).toBeUndefined();
    for (const { node } of body.data.epns.edges) {
      expect(node.hasActiveLabel).toBe(false);
      expect(node.eligibleOffers.totalCount).toBe(0);
      expect(node.reservedResources.totalCount).toBe(0);
    }
  });

  it('serves GraphiQL and its assets from npm packages, with no CDN', async () => {
    const page = await fetch(graph.url.replace(/graphql$/, ''));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('/graphiql/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh|jsdelivr)/);
    for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js']) {
      const response = await fetch(graph.url.replace(/graphql$/, `graphiql/${asset}`));
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('subgraphs refuse callers that are not the gateway', async () => {
    const epn = graph.graph.subgraphs.get('epn')!.server.url;
    const direct = await fetch(epn, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ epns(first: 1) { totalCount } }' }) });
    expect(direct.status).toBe(401);
    expect(((await direct.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await fetch(epn, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: 'eyJhbGciOiJFZERTQSJ9.eyJ2aWV3ZXIiOnsicm9sZSI6Ik5BVElPTkFMX0FETUlOIn19.AAAA' },
      body: JSON.stringify({ query: '{ epns(first: 1) { totalCount } }' }),
    });
    expect(forged.status).toBe(401);
  });

  it('a stopped subgraph gives a partial answer with an error naming it, and the gateway stays up', async () => {
    await graph.graph.stopSubgraph('events');
    const { status, body } = await graph.query(`{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 3) { edges { node { name events(first: 2) { totalCount } } } } }`);
    expect(status).toBe(200);
    expect(body.data.epns.edges).toHaveLength(3);
    for (const { node } of body.data.epns.edges) {
      expect(node.name.length).toBeGreaterThan(0);
      expect(node.events).toBeNull();
    }
    expect(body.errors?.[0].message).toContain('events subgraph');
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'events' });
    const health = await fetch(graph.url.replace(/graphql$/, 'health'));
    expect(health.status).toBe(200);
  });
});
