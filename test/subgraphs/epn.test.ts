import { geography } from '../../subgraphs/kit/src';
import { epnSubgraph } from '../../subgraphs/epn/src';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

describe('epn subgraph (in-process, real PostgreSQL)', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(epnSubgraph);
  });
  afterAll(() => subgraph.close());

  const EPNS_OF = `query($code: String!, $first: Int, $after: String) {
    epns(filter: { territory: { level: DEPARTEMENT, code: $code } }, first: $first, after: $after) {
      totalCount edges { cursor node { id name commune { code name departement { code } } } } pageInfo { hasNextPage endCursor }
    }
  }`;

  it('lists the EPN of a département, all inside it, matching an independent SQL count', async () => {
    const { data, errors } = await subgraph.execute(EPNS_OF, { code: '35', first: 50 });
    expect(errors).toBeUndefined();
    const [{ count }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS count FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code WHERE c.departement_code = '35'`,
    );
    expect(count).toBeGreaterThan(10);
    expect(data.epns.totalCount).toBe(count);
    for (const edge of data.epns.edges) expect(edge.node.commune.departement.code).toBe('35');
  });

  it('pages through a whole département without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: { data?: any; errors?: readonly any[] } = await subgraph.execute(EPNS_OF, { code: '35', first: 7, after });
      expect(errors).toBeUndefined();
      seen.push(...data.epns.edges.map((e: any) => e.node.id));
      if (!data.epns.pageInfo.hasNextPage) break;
      after = data.epns.pageInfo.endCursor;
    }
    const rows: { id: string }[] = await subgraph.dataSource.query(
      `SELECT e.id FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code WHERE c.departement_code = '35' ORDER BY e.name, e.id`,
    );
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it('refuses a page larger than the maximum and an unknown territory, naming the argument', async () => {
    const tooBig = await subgraph.execute(EPNS_OF, { code: '35', first: 1000 });
    expect(tooBig.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tooBig.errors?.[0].message).toContain('"first"');
    const unknown = await subgraph.execute(EPNS_OF, { code: '00', first: 5 });
    expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain('"filter.territory.code"');
  });

  it('resolves _entities in request order, with null for an unknown id, in one batch', async () => {
    const ids: { id: string }[] = await subgraph.dataSource.query('SELECT id FROM epn.epn ORDER BY id DESC LIMIT 3');
    const representations = [
      { __typename: 'Epn', id: ids[0].id },
      { __typename: 'Epn', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Epn', id: ids[2].id },
      { __typename: 'Epn', id: ids[1].id },
    ];
    const { data, errors } = await subgraph.execute(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Epn { id name hasActiveLabel } } }`,
      { representations },
    );
    expect(errors).toBeUndefined();
    expect(data._entities.map((e: any) => e?.id ?? null)).toEqual([ids[0].id, null, ids[2].id, ids[1].id]);
  });

  it('resolves Territory references from the official geography', async () => {
    const { data } = await subgraph.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Territory { name population region { name } } } }`,
      { r: [{ __typename: 'Territory', level: 'COMMUNE', code: '35238' }, { __typename: 'Territory', level: 'REGION', code: '53' }] },
    );
    expect(data._entities).toEqual([
      { name: 'Rennes', population: geography().commune('35238')!.population, region: { name: 'Bretagne' } },
      { name: 'Bretagne', population: geography().get('REGION', '53')!.population, region: null },
    ]);
  });

  it('gives the current label and the labelled EPN of an adherent, consistent with the label table', async () => {
    const [row] = await subgraph.dataSource.query(
      `SELECT awarded_by_adherent_id AS adherent, count(*)::int AS n FROM epn.label WHERE status = 'ACTIVE' AND awarded_by_adherent_id IS NOT NULL
       GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    );
    const { data, errors } = await subgraph.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Adherent { labelledEpns(first: 100) { totalCount edges { node { currentLabel { status awardedBy { id } } } } } } } }`,
      { r: [{ __typename: 'Adherent', id: row.adherent }] },
    );
    expect(errors).toBeUndefined();
    const connection = data._entities[0].labelledEpns;
    expect(connection.totalCount).toBe(row.n);
    expect(connection.edges).toHaveLength(Math.min(100, row.n));
    for (const edge of connection.edges) expect(edge.node.currentLabel).toEqual({ status: 'ACTIVE', awardedBy: { id: row.adherent } });
  });

  it('hides label requests from anyone but the adherent and the national administrator', async () => {
    const [row] = await subgraph.dataSource.query(`SELECT adherent_id FROM epn.label_request LIMIT 1`);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Adherent { labelRequests(first: 5) { totalCount } } } }`;
    const representations = { r: [{ __typename: 'Adherent', id: row.adherent_id }] };
    const anonymous = await subgraph.execute(query, representations);
    expect(anonymous.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const otherAdherent = await subgraph.execute(query, representations, { role: 'ADHERENT_ADMIN', subject: 'a', adherentId: '00000000-0000-4000-8000-000000000000' });
    expect(otherAdherent.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const national = await subgraph.execute(query, representations, { role: 'NATIONAL_ADMIN', subject: 'n' });
    expect(national.errors).toBeUndefined();
    expect(national.data._entities[0].labelRequests.totalCount).toBeGreaterThan(0);
    // Its own administrators' access depends on the adhesion, asked of the graph: alone, this subgraph cannot tell, so it refuses.
    const own = await subgraph.execute(query, representations, { role: 'ADHERENT_ADMIN', subject: 'a', adherentId: row.adherent_id });
    expect(own.errors?.[0].extensions.code).toBe('GRAPH_UNAVAILABLE');
  });
});
