import { geography } from '../../subgraphs/kit/src';
import { adherentsSubgraph } from '../../subgraphs/adherents/src';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

describe('adherents subgraph (in-process, real PostgreSQL)', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(adherentsSubgraph);
  });
  afterAll(() => subgraph.close());

  it('serves both charter versions with the five label criteria', async () => {
    const { data, errors } = await subgraph.execute(`{ charters { version criteria { code } } }`);
    expect(errors).toBeUndefined();
    expect(data.charters.map((c: any) => c.version)).toEqual([2007, 2016]);
    for (const charter of data.charters) {
      expect(charter.criteria.map((c: any) => c.code)).toEqual(['PUBLICS', 'MEANS', 'INITIATION', 'DEVELOPMENT_OF_USES', 'ENVIRONMENT']);
    }
  });

  it('seeded adherents of every kind, a région adherent for every mainland région', async () => {
    const kinds: { kind: string }[] = await subgraph.dataSource.query('SELECT DISTINCT kind FROM adherents.adherent ORDER BY kind');
    expect(kinds.map((k) => k.kind)).toEqual(['ASSOCIATION', 'COMMUNE', 'DEPARTEMENT', 'EPCI', 'PAYS', 'PUBLIC_BODY', 'REGION', 'REPRESENTATIVE_ASSOCIATION']);
    const { data } = await subgraph.execute(`{ adherents(filter: { kind: REGION }, first: 50) { totalCount edges { node { territory { level code } } } } }`);
    const mainland = geography().all('REGION').filter((r) => r.zone !== 'com').map((r) => r.code).sort();
    expect(data.adherents.edges.map((e: any) => e.node.territory.code).sort()).toEqual(mainland);
  });

  it('resolves _entities in request order and keeps contacts from anonymous viewers', async () => {
    const rows: { id: string }[] = await subgraph.dataSource.query('SELECT id FROM adherents.adherent ORDER BY name LIMIT 2');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Adherent { id name contacts(first: 2) { edges { node { fullName email } } } } } }`;
    const r = [{ __typename: 'Adherent', id: rows[1].id }, { __typename: 'Adherent', id: rows[0].id }];
    const anonymous = await subgraph.execute(query, { r });
    expect(anonymous.data?._entities.map((e: any) => e.id)).toEqual([rows[1].id, rows[0].id]);
    expect(anonymous.data?._entities.every((e: any) => e.contacts === null)).toBe(true);
    expect(anonymous.errors?.every((e: any) => e.extensions.code === 'FORBIDDEN')).toBe(true);
    expect(JSON.stringify(anonymous.data)).not.toContain('@');
    const admin = await subgraph.execute(query, { r }, { role: 'NATIONAL_ADMIN', subject: 'mission' });
    expect(admin.errors).toBeUndefined();
    expect(admin.data._entities[0].contacts.edges[0].node.email).toContain('@');
  });

  it('lists the validated adherents whose ressort overlaps a territory (Territory.adherents)', async () => {
    const { data, errors } = await subgraph.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Territory { adherents(first: 100) { edges { node { kind status territory { level code } } } } } } }`,
      { r: [{ __typename: 'Territory', level: 'COMMUNE', code: '35238' }] },
    );
    expect(errors).toBeUndefined();
    const nodes = data._entities[0].adherents.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.status === 'VALIDATED')).toBe(true);
    // The Bretagne région adherent covers Rennes.
    expect(nodes).toContainEqual(expect.objectContaining({ kind: 'REGION', territory: { level: 'REGION', code: '53' } }));
    for (const node of nodes.filter((n: any) => n.territory)) {
      const territory = geography().get(node.territory.level, node.territory.code)!;
      expect(geography().contains(territory, '35238')).toBe(true);
    }
  });

  const COVERS = `query($id: ID!, $commune: String!) { adherent(id: $id) { kind covers(communeCode: $commune) } }`;
  const covers = async (id: string, commune: string): Promise<boolean> => {
    const { data, errors } = await subgraph.execute(COVERS, { id, commune });
    expect(errors).toBeUndefined();
    return data.adherent.covers;
  };

  it('a région, département, EPCI or commune covers exactly the communes of its territory', async () => {
    const g = geography();
    for (const kind of ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'] as const) {
      const [adherent] = await subgraph.dataSource.query(`SELECT id, territory_code FROM adherents.adherent WHERE kind = $1 ORDER BY name LIMIT 1`, [kind]);
      const territory = g.get(kind, adherent.territory_code)!;
      const inside = g.communeCodesIn(territory);
      const outside = g.all('COMMUNE').find((c) => !inside.includes(c.code))!;
      expect({ kind, first: await covers(adherent.id, inside[0]), last: await covers(adherent.id, inside[inside.length - 1]), outside: await covers(adherent.id, outside.code) })
        .toEqual({ kind, first: true, last: true, outside: false });
    }
  });

  it('a « pays » covers the communes it declared and no other; a body without territory covers none', async () => {
    const [pays] = await subgraph.dataSource.query(`SELECT adherent_id AS id, array_agg(commune_code) AS codes FROM adherents.pays_commune GROUP BY adherent_id LIMIT 1`);
    for (const code of pays.codes.slice(0, 5)) expect(await covers(pays.id, code)).toBe(true);
    const neighbour = geography().all('COMMUNE').find((c) => c.departementCode === geography().commune(pays.codes[0])!.departementCode && !pays.codes.includes(c.code))!;
    expect(await covers(pays.id, neighbour.code)).toBe(false);
    const [association] = await subgraph.dataSource.query(`SELECT id FROM adherents.adherent WHERE kind = 'ASSOCIATION' LIMIT 1`);
    expect(await covers(association.id, '35238')).toBe(false);
  });

  it('reads a former INSEE code as the commune it merged into, and refuses a code that never existed', async () => {
    const [departement] = await subgraph.dataSource.query(`SELECT id FROM adherents.adherent WHERE kind = 'DEPARTEMENT' AND territory_code = '01'`);
    const [region] = await subgraph.dataSource.query(`SELECT id FROM adherents.adherent WHERE kind = 'REGION' AND territory_code = '84'`);
    const adherent = departement ?? region;
    expect(await covers(adherent.id, '01039')).toBe(true);
    const { errors } = await subgraph.execute(COVERS, { id: adherent.id, commune: '00000' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeCode' });
  });
});
