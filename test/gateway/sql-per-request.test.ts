import { statementCount } from '../../subgraphs/kit/src';
import { trustedOperations } from '../../scripts/bench/workloads';
import { postGraphQL, startTestGraph, type TestGraph } from '../support/graph';

/**
 * No N+1 anywhere on the portal's and dashboards' lists: the SQL statements a request costs, counted
 * by every subgraph's DataSource, are the same for a page of 5 and a page of 50 (each list field and
 * each entity batch is one query, however many items).
 */
describe('SQL statements per request do not grow with page size', () => {
  let graph: TestGraph;
  const operations = trustedOperations();

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  async function statements(operationName: string, variables: Record<string, unknown>, token?: string): Promise<{ total: number; data: any }> {
    const counts = () => [...graph.graph.subgraphs.values()].reduce((sum, s) => sum + statementCount(s.dataSource), 0);
    const before = counts();
    const response = await postGraphQL(graph.url, operations.get(operationName)!, variables, token);
    expect(response.body.errors).toBeUndefined();
    return { total: counts() - before, data: response.body.data };
  }

  it('EpnDirectory: the EPN of a département with labels, awarding adherents, next events and offers', async () => {
    const [{ code }] = await graph.sql<{ code: string }>(
      `SELECT c.departement_code AS code FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code
       GROUP BY 1 HAVING count(*) >= 50 ORDER BY count(*) DESC LIMIT 1`,
    );
    const small = await statements('EpnDirectory', { territory: { level: 'DEPARTEMENT', code }, first: 5 });
    const large = await statements('EpnDirectory', { territory: { level: 'DEPARTEMENT', code }, first: 50 });
    expect(small.data.epns.edges).toHaveLength(5);
    expect(large.data.epns.edges).toHaveLength(50);
    // The 50 carry labels from several adherents and offers: the nested fields were really resolved.
    expect(large.data.epns.edges.filter((e: any) => e.node.currentLabel?.awardedBy).length).toBeGreaterThan(5);
    expect(large.data.epns.edges.filter((e: any) => e.node.eligibleOffers.totalCount > 0).length).toBeGreaterThan(5);
    expect(large.total).toBe(small.total);
    expect(small.total).toBeLessThanOrEqual(12);
  });

  it('AdherentDashboard: the EPN an adherent labelled and its pending requests', async () => {
    const [{ id }] = await graph.sql<{ id: string }>(
      `SELECT l.awarded_by_adherent_id AS id FROM epn.label l
       JOIN adherents.adhesion a ON a.adherent_id = l.awarded_by_adherent_id AND a.status = 'VALIDATED'
       WHERE l.status = 'ACTIVE' GROUP BY 1 HAVING count(*) >= 50 ORDER BY count(*) DESC LIMIT 1`,
    );
    const token = await graph.token({ role: 'ADHERENT_ADMIN', adherentId: id });
    const small = await statements('AdherentDashboard', { id, first: 5 }, token);
    const large = await statements('AdherentDashboard', { id, first: 50 }, token);
    expect(small.data.adherent.labelledEpns.edges).toHaveLength(5);
    expect(large.data.adherent.labelledEpns.edges).toHaveLength(50);
    expect(large.total).toBe(small.total);
  });

  it('SearchEpnDirectory: words, facets and a page of results', async () => {
    const small = await statements('SearchEpnDirectory', { query: 'médiathèque', first: 5 });
    const large = await statements('SearchEpnDirectory', { query: 'médiathèque', first: 50 });
    expect(small.data.searchEpns.edges).toHaveLength(5);
    expect(large.data.searchEpns.edges.length).toBeGreaterThan(20);
    expect(large.total).toBe(small.total);
  });
});
