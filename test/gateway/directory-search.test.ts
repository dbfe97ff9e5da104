import { readFileSync } from 'node:fs';
import path from 'node:path';
import { haversineKm } from '../../subgraphs/kit/src';
import { startTestGraph, type TestGraph } from '../support/graph';

/** The portal's directory search through the gateway, over HTTP, on the seeded dataset. */
describe('directory search through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  const PORTAL = readFileSync(path.join(__dirname, '..', '..', 'schema', 'operations', 'directory-search.graphql'), 'utf8');

  it('answers the portal operation: words, filters, a point, open at, facets', async () => {
    const near = { latitude: 48.1147, longitude: -1.6794, radiusKm: 60 };
    const { status, body } = await graph.query(PORTAL, {
      query: 'espace',
      near,
      filter: { services: ['EVERYDAY_DIGITAL_TOOLS'], openAt: '2025-11-18T10:30:00+01:00' },
      first: 10,
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { edges, totalCount, facets } = body.data.searchEpns;
    expect(totalCount).toBeGreaterThan(0);
    expect(edges.length).toBe(Math.min(10, totalCount));
    let previous = 0;
    for (const edge of edges) {
      expect(edge.node.services).toContain('EVERYDAY_DIGITAL_TOOLS');
      expect(Math.abs(edge.distanceKm - haversineKm(near, edge.node.location))).toBeLessThan(1e-6);
      expect(edge.distanceKm).toBeGreaterThanOrEqual(previous);
      previous = edge.distanceKm;
    }
    expect(facets.services.find((f: any) => f.value === 'EVERYDAY_DIGITAL_TOOLS').count).toBe(totalCount);
    expect(facets.departements.reduce((sum: number, f: any) => sum + f.count, 0)).toBe(totalCount);
  });

  it('lets the page show what other subgraphs know about each EPN', async () => {
    const { body } = await graph.query(`{
      searchEpns(query: "mediatheque", filter: { territory: { level: REGION, code: "53" }, labelled: true }, first: 5) {
        edges { node { name hasActiveLabel eligibleOffers(first: 1) { totalCount } events(first: 1) { totalCount } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.searchEpns.edges.length).toBeGreaterThan(0);
    for (const { node } of body.data.searchEpns.edges) {
      expect(node.name.toLowerCase()).toContain('médiathèque');
      expect(node.hasActiveLabel).toBe(true);
      expect(node.eligibleOffers.totalCount).toBeGreaterThan(0);
      expect(node.events.totalCount).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps BAD_USER_INPUT and the argument name through the gateway', async () => {
    const { body } = await graph.query(PORTAL, { near: { latitude: 48.1, longitude: -1.7, radiusKm: 500 } });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain('"near.radiusKm"');
  });
});
