import { eventsSubgraph } from '../../subgraphs/events/src';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

describe('events subgraph (in-process, real PostgreSQL)', () => {
  let subgraph: SubgraphHarness;
  beforeAll(async () => {
    subgraph = await openSubgraph(eventsSubgraph);
  });
  afterAll(() => subgraph.close());

  it('has a Fête de l’Internet edition each year, newest first', async () => {
    const { data, errors } = await subgraph.execute(`{ eventEditions(first: 50) { edges { node { kind year name } } } }`);
    expect(errors).toBeUndefined();
    const fetes = data.eventEditions.edges.map((e: any) => e.node).filter((e: any) => e.kind === 'FETE_DE_L_INTERNET');
    expect(fetes[0].year).toBeGreaterThan(fetes[fetes.length - 1].year);
    expect(fetes.every((e: any) => e.name === `Fête de l'Internet ${e.year}`)).toBe(true);
  });

  it('batches Epn.events for many EPN and keeps upcoming ones in the future, soonest first', async () => {
    const rows: { epn_id: string }[] = await subgraph.dataSource.query(
      `SELECT epn_id FROM events.event WHERE starts_at > now() GROUP BY epn_id ORDER BY count(*) DESC LIMIT 5`,
    );
    const { data, errors } = await subgraph.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Epn { id events(upcoming: true, first: 5) { totalCount edges { node { startsAt seatsLeft capacity confirmedCount } } } } } }`,
      { r: rows.map((row) => ({ __typename: 'Epn', id: row.epn_id })) },
    );
    expect(errors).toBeUndefined();
    expect(data._entities.map((e: any) => e.id)).toEqual(rows.map((r) => r.epn_id));
    for (const entity of data._entities) {
      const starts = entity.events.edges.map((e: any) => new Date(e.node.startsAt).getTime());
      expect(starts.length).toBeGreaterThan(0);
      expect(starts.every((t: number) => t >= Date.now() - 60_000)).toBe(true);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      for (const { node } of entity.events.edges) {
        expect(node.confirmedCount).toBeLessThanOrEqual(node.capacity);
        expect(node.seatsLeft).toBe(node.capacity - node.confirmedCount);
      }
    }
  });

  it('finds events of a territory through the geography, and hides registrants from the public', async () => {
    const { data, errors } = await subgraph.execute(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Territory { events(first: 20) { totalCount edges { node { commune { code } registrations(first: 1) { totalCount } } } } } } }`,
      { r: [{ __typename: 'Territory', level: 'DEPARTEMENT', code: '35' }] },
    );
    const [{ count }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS count FROM events.event e JOIN geo.commune c ON c.code = e.commune_code WHERE c.departement_code = '35'`,
    );
    expect(data._entities[0].events.totalCount).toBe(count);
    expect(errors?.length).toBe(data._entities[0].events.edges.length);
    expect(errors?.every((e: any) => e.extensions.code === 'FORBIDDEN')).toBe(true);
  });
});
