import { resourcesSubgraph } from '../../subgraphs/resources/src';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

describe('resources subgraph (in-process, real PostgreSQL)', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(resourcesSubgraph);
  });
  afterAll(() => subgraph.close());

  const EPN_BENEFITS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Epn {
    id eligibleOffers(first: 50) { totalCount edges { node { id validFrom validUntil } } }
    reservedResources(first: 50) { totalCount edges { node { reserved url } } }
    pimCertificationCount
  } } }`;

  it('gives partner offers valid today and reserved resources only to an EPN whose label is active', async () => {
    const epnId = '7d3c5a52-8c1b-4c53-9a3e-2f1d7f0c9b11';
    const manager = { role: 'EPN_MANAGER' as const, subject: 'manager', epnId };
    const labelled = await subgraph.execute(EPN_BENEFITS, { r: [{ __typename: 'Epn', id: epnId, hasActiveLabel: true }] }, manager);
    const notLabelled = await subgraph.execute(EPN_BENEFITS, { r: [{ __typename: 'Epn', id: epnId, hasActiveLabel: false }] }, manager);
    expect(labelled.errors).toBeUndefined();
    const today = new Date().toISOString().slice(0, 10);
    const [{ count }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS count FROM resources.partner_offer WHERE valid_from <= $1 AND (valid_until IS NULL OR valid_until >= $1)`,
      [today],
    );
    expect(count).toBeGreaterThan(0);
    expect(labelled.data._entities[0].eligibleOffers.totalCount).toBe(count);
    for (const { node } of labelled.data._entities[0].reservedResources.edges) {
      expect(node.reserved).toBe(true);
      expect(node.url).toMatch(/^https:\/\//);
    }
    // Anyone may see that a labelled EPN has reserved resources, but only its managers get the links.
    const anonymous = await subgraph.execute(EPN_BENEFITS, { r: [{ __typename: 'Epn', id: epnId, hasActiveLabel: true }] });
    expect(anonymous.data?._entities[0].reservedResources.edges.every((e: any) => e.node.url === null)).toBe(true);
    expect(notLabelled.data._entities[0].eligibleOffers).toEqual({ totalCount: 0, edges: [] });
    expect(notLabelled.data._entities[0].reservedResources).toEqual({ totalCount: 0, edges: [] });
  });

  it('hides the url of reserved resources from the public list', async () => {
    const { data } = await subgraph.execute(`{ resources(filter: { reserved: true }, first: 50) { totalCount edges { node { url } } } }`);
    expect(data.resources.totalCount).toBeGreaterThan(0);
    expect(data.resources.edges.every((e: any) => e.node.url === null)).toBe(true);
  });

  it('counts PIM certifications publicly but shows holders only to the EPN manager and the national administrator', async () => {
    const [row] = await subgraph.dataSource.query('SELECT epn_id, count(*)::int AS n FROM resources.pim_certification GROUP BY 1 ORDER BY 2 DESC LIMIT 1');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Epn { pimCertificationCount pimCertifications(first: 5) { edges { node { holderName holderEmail } } } } } }`;
    const r = [{ __typename: 'Epn', id: row.epn_id }];
    const analyst = await subgraph.execute(query, { r }, { role: 'ANALYST', subject: 'analyst' });
    expect(analyst.data?._entities[0].pimCertificationCount).toBe(row.n);
    expect(analyst.data?._entities[0].pimCertifications).toBeNull();
    expect(analyst.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const otherManager = await subgraph.execute(query, { r }, { role: 'EPN_MANAGER', subject: 'm', epnId: '00000000-0000-4000-8000-000000000000' });
    expect(otherManager.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const manager = await subgraph.execute(query, { r }, { role: 'EPN_MANAGER', subject: 'm', epnId: row.epn_id });
    expect(manager.errors).toBeUndefined();
    expect(manager.data._entities[0].pimCertifications.edges[0].node.holderEmail).toContain('@');
  });
});
