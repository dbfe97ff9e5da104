import { geography } from '../../subgraphs/kit/src';
import { adherentsSubgraph } from '../../subgraphs/adherents/src';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

describe('adherents subgraph (in-process, real PostgreSQL)', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(adherentsSubgraph);
  });
  afterAll(() => subgraph.close());

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
