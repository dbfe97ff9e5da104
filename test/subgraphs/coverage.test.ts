import { geography, type Territory } from '../../subgraphs/kit/src';
import { epnSubgraph } from '../../subgraphs/epn/src';
import { parisToday } from '../../subgraphs/epn/src/services/coverage-service';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

/**
 * Label coverage against an independent count: the rows of the seeded dataset plus fixtures of our
 * own (a label withdrawn mid-period, a suspension, an EPCI straddling two départements), replayed in
 * JavaScript with the official geography held in memory — another formulation of the same rule
 * ("the state of each label at the end of the day, in Paris"), not a copy of the SQL.
 */
const parisDay = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

interface EventRow { label_id: string; epn_id: string; action: string; occurred_at: Date }
interface EpnRow { id: string; commune_code: string; created_at: Date }
interface DatedEvent extends EventRow { day: string }

const LIFECYCLE = ['AWARDED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN'];

class Oracle {
  private readonly eventsByLabel = new Map<string, DatedEvent[]>();
  private readonly labelsByEpn = new Map<string, Set<string>>();
  private readonly createdDay = new Map<string, string>();
  private readonly firstLabelledDay = new Map<string, string | null>();

  constructor(private readonly epns: EpnRow[], events: EventRow[]) {
    for (const epn of epns) this.createdDay.set(epn.id, parisDay(epn.created_at));
    for (const event of events) {
      const dated = { ...event, day: parisDay(event.occurred_at) };
      this.eventsByLabel.set(event.label_id, [...(this.eventsByLabel.get(event.label_id) ?? []), dated]);
      this.labelsByEpn.set(event.epn_id, (this.labelsByEpn.get(event.epn_id) ?? new Set()).add(event.label_id));
    }
    for (const list of this.eventsByLabel.values()) {
      list.sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime() || LIFECYCLE.indexOf(a.action) - LIFECYCLE.indexOf(b.action));
    }
  }

  /** Whether a label is active at the end of a Paris day: its last event up to that day says so. */
  private activeAtEndOf(labelId: string, day: string): boolean {
    let last: DatedEvent | undefined;
    for (const event of this.eventsByLabel.get(labelId)!) if (event.day <= day) last = event;
    return last !== undefined && (last.action === 'AWARDED' || last.action === 'REINSTATED');
  }

  labelledOn(epnId: string, day: string): boolean {
    return [...(this.labelsByEpn.get(epnId) ?? [])].some((label) => this.activeAtEndOf(label, day));
  }

  /** Counted from its creation day or, if earlier, the first day it ended labelled. */
  countedOn(epn: EpnRow, day: string): boolean {
    if (this.createdDay.get(epn.id)! <= day) return true;
    if (!this.firstLabelledDay.has(epn.id)) {
      const days = [...(this.labelsByEpn.get(epn.id) ?? [])].flatMap((label) => this.eventsByLabel.get(label)!.map((e) => e.day)).sort();
      this.firstLabelledDay.set(epn.id, days.find((d) => this.labelledOn(epn.id, d)) ?? null);
    }
    const first = this.firstLabelledDay.get(epn.id);
    return first !== null && first !== undefined && first <= day;
  }

  private readonly byDay = new Map<string, Map<string, { epns: number; labelled: number }>>();

  /** EPN counted and labelled on a day, by commune (computed once per day). */
  private communesOn(day: string): Map<string, { epns: number; labelled: number }> {
    let perCommune = this.byDay.get(day);
    if (perCommune) return perCommune;
    perCommune = new Map();
    for (const epn of this.epns) {
      if (!this.countedOn(epn, day)) continue;
      const entry = perCommune.get(epn.commune_code) ?? { epns: 0, labelled: 0 };
      entry.epns += 1;
      if (this.labelledOn(epn.id, day)) entry.labelled += 1;
      perCommune.set(epn.commune_code, entry);
    }
    this.byDay.set(day, perCommune);
    return perCommune;
  }

  figures(communeCodes: string[], day: string) {
    const g = geography();
    const perCommune = this.communesOn(day);
    let population = 0; let epnCount = 0; let labelled = 0; let covered = 0; let coveredPopulation = 0;
    for (const code of communeCodes) {
      const commune = g.commune(code)!;
      const entry = perCommune.get(code) ?? { epns: 0, labelled: 0 };
      population += commune.population;
      epnCount += entry.epns;
      labelled += entry.labelled;
      if (entry.labelled > 0) {
        covered += 1;
        coveredPopulation += commune.population;
      }
    }
    return {
      population, communeCount: communeCodes.length, epnCount, labelledEpnCount: labelled,
      labelledEpnPer100k: population > 0 ? (labelled * 100000) / population : null,
      coveredCommuneCount: covered, coveredPopulation,
    };
  }
}

const FIGURES = 'territory { level code name } date population communeCount epnCount labelledEpnCount labelledEpnPer100k labelledEpnShare coveredCommuneCount coveredCommuneShare coveredPopulation coveredPopulationShare';

const COVERAGE = `query Coverage($level: TerritoryLevel!, $within: TerritoryInput, $date: Date, $filter: LabelCoverageFilter, $orderBy: LabelCoverageOrder, $first: Int, $after: String) {
  labelCoverage(level: $level, within: $within, date: $date, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    level date totalCount total { ${FIGURES} } pageInfo { hasNextPage endCursor } edges { cursor node { ${FIGURES} } }
  }
}`;

const HISTORY = `query History($level: TerritoryLevel!, $within: TerritoryInput, $from: Date!, $to: Date, $interval: CoverageInterval!, $first: Int, $after: String) {
  labelCoverageHistory(level: $level, within: $within, from: $from, to: $to, interval: $interval, first: $first, after: $after) {
    dates totalCount total { ${FIGURES} } pageInfo { hasNextPage endCursor } edges { cursor node { territory { code } figures { ${FIGURES} } } }
  }
}`;

function expectFigures(actual: any, expected: ReturnType<Oracle['figures']>) {
  expect({
    population: actual.population, communeCount: actual.communeCount, epnCount: actual.epnCount, labelledEpnCount: actual.labelledEpnCount,
    coveredCommuneCount: actual.coveredCommuneCount, coveredPopulation: actual.coveredPopulation,
  }).toEqual({
    population: expected.population, communeCount: expected.communeCount, epnCount: expected.epnCount, labelledEpnCount: expected.labelledEpnCount,
    coveredCommuneCount: expected.coveredCommuneCount, coveredPopulation: expected.coveredPopulation,
  });
  if (expected.labelledEpnPer100k === null) expect(actual.labelledEpnPer100k).toBeNull();
  else expect(actual.labelledEpnPer100k).toBeCloseTo(expected.labelledEpnPer100k, 9);
  expect(actual.coveredCommuneShare).toBeCloseTo(expected.coveredCommuneCount / expected.communeCount, 12);
}

describe('label coverage (epn subgraph, real PostgreSQL)', () => {
  let subgraph: SubgraphHarness;
  let oracle: Oracle;
  const g = geography();
  // An EPCI whose member communes lie in two départements, and a commune of each side without EPN.
  let straddling: { epci: Territory; departements: [string, string]; communes: [string, string] };
  let quietCommune: string;

  const execute = async (query: string, variables: Record<string, unknown>) => {
    const result = await subgraph.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data;
  };

  const reloadOracle = async () => {
    const epns: EpnRow[] = await subgraph.dataSource.query('SELECT id, commune_code, created_at FROM epn.epn');
    const events: EventRow[] = await subgraph.dataSource.query('SELECT label_id, epn_id, action, occurred_at FROM epn.label_event');
    oracle = new Oracle(epns, events);
  };

  /** An EPN of our own with a label history, inserted like any writer would (the triggers do the rest). */
  const insertEpn = async (communeCode: string, createdAt: string, history: [string, string][]) => {
    const [{ id }] = await subgraph.dataSource.query(
      `INSERT INTO epn.epn (name, street, postal_code, commune_code, venue_type, equipment, created_at)
       VALUES ('EPN de test', '1 place de la Mairie', '00000', $1, 'TOWN_HALL', '{"computers":2,"tablets":0,"printers":0,"wifi":true}', $2) RETURNING id`,
      [communeCode, createdAt],
    );
    if (history.length) {
      const [{ id: labelId }] = await subgraph.dataSource.query(
        `INSERT INTO epn.label (epn_id, status, exceptional, charter_version, awarded_at, status_changed_at, criteria)
         VALUES ($1, 'WITHDRAWN', true, 2016, $2, $3, '[]') RETURNING id`,
        [id, history[0][1], history[history.length - 1][1]],
      );
      await subgraph.dataSource.query(
        `INSERT INTO epn.label_event (label_id, epn_id, action, occurred_at, actor_role)
         SELECT $1, $2, a, t::timestamptz, 'NATIONAL_ADMIN' FROM unnest($3::text[], $4::text[]) AS h(a, t)`,
        [labelId, id, history.map((h) => h[0]), history.map((h) => h[1])],
      );
    }
    return id as string;
  };

  beforeAll(async () => {
    subgraph = await openSubgraph(epnSubgraph);
    const withEpn = new Set<string>((await subgraph.dataSource.query('SELECT DISTINCT commune_code FROM epn.epn')).map((r: any) => r.commune_code));
    const epci = g.all('EPCI')
      .sort((a, b) => a.code.localeCompare(b.code))
      .find((e) => {
        const communes = g.communeCodesIn(e).map((code) => g.commune(code)!);
        return new Set(communes.map((c) => c.departementCode)).size === 2 && communes.filter((c) => !withEpn.has(c.code)).length > 2;
      })!;
    const members = g.communeCodesIn(epci).map((code) => g.commune(code)!).filter((c) => !withEpn.has(c.code));
    const [a, b] = [...new Set(members.map((c) => c.departementCode!))].sort();
    straddling = {
      epci,
      departements: [a, b],
      communes: [members.find((c) => c.departementCode === a)!.code, members.find((c) => c.departementCode === b)!.code],
    };
    quietCommune = g.communeCodesIn(g.get('DEPARTEMENT', '35')!).find((code) => !withEpn.has(code) && g.commune(code)!.epciCode !== epci.code)!;

    // Withdrawn mid-period (an award at 01:30 in Paris on 1 April, still 31 March in UTC).
    await insertEpn(quietCommune, '2018-01-05T09:00:00Z', [['AWARDED', '2020-03-31T23:30:00Z'], ['WITHDRAWN', '2022-06-15T08:00:00Z']]);
    // Suspended then reinstated, on each side of the EPCI; and one never labelled.
    await insertEpn(straddling.communes[0], '2017-02-01T10:00:00Z', [['AWARDED', '2018-01-10T10:00:00Z'], ['SUSPENDED', '2019-02-01T10:00:00Z'], ['REINSTATED', '2019-05-01T10:00:00Z']]);
    await insertEpn(straddling.communes[1], '2017-02-01T10:00:00Z', [['AWARDED', '2021-09-01T10:00:00Z']]);
    await insertEpn(straddling.communes[1], '2016-02-01T10:00:00Z', []);
    await reloadOracle();
  });
  afterAll(() => subgraph.close());

  it('gives every région of France, matching the independent count, with the national total', async () => {
    const data = await execute(COVERAGE, { level: 'REGION', first: 100 });
    const connection = data.labelCoverage;
    expect(connection.totalCount).toBe(g.all('REGION').length);
    expect(connection.edges.map((e: any) => e.node.territory.code)).toEqual(g.all('REGION').map((r) => r.code).sort());
    const today = parisToday();
    expect(connection.date).toBe(today);
    for (const { node } of connection.edges) {
      expectFigures(node, oracle.figures(g.communeCodesIn(g.get('REGION', node.territory.code)!), today));
    }
    expect(connection.total.territory).toEqual({ level: 'COUNTRY', code: 'FR', name: 'France' });
    expectFigures(connection.total, oracle.figures(g.communeCodesIn(g.country), today));
    expect(connection.total.labelledEpnCount).toBeGreaterThan(1000);
  });

  it('includes territories without any labelled EPN, with zeros rather than missing rows', async () => {
    const data = await execute(COVERAGE, { level: 'COMMUNE', within: { level: 'DEPARTEMENT', code: '35' }, date: '2019-01-01', first: 1000 });
    const communes = g.communeCodesIn(g.get('DEPARTEMENT', '35')!);
    expect(data.labelCoverage.totalCount).toBe(communes.length);
    const rows = new Map<string, any>(data.labelCoverage.edges.map((e: any) => [e.node.territory.code, e.node]));
    expect([...rows.keys()].sort()).toEqual([...communes].sort());
    const quiet = rows.get(quietCommune);
    // Created in 2018, labelled only from 2020: counted, not labelled.
    expect(quiet).toMatchObject({ epnCount: 1, labelledEpnCount: 0, labelledEpnPer100k: 0, coveredCommuneCount: 0, coveredPopulation: 0, labelledEpnShare: 0 });
    const empty = [...rows.values()].filter((row) => row.epnCount === 0);
    expect(empty.length).toBeGreaterThan(100);
    for (const row of empty) expect(row).toMatchObject({ labelledEpnCount: 0, labelledEpnShare: null, coveredCommuneShare: 0 });
    for (const code of communes.slice(0, 60)) expectFigures(rows.get(code), oracle.figures([code], '2019-01-01'));
    expectFigures(data.labelCoverage.total, oracle.figures(communes, '2019-01-01'));
  });

  it('stops counting a withdrawn label on the day of its withdrawal, and counts days in Paris', async () => {
    const at = async (date: string) => {
      const data = await execute(`query($code: String!, $date: Date) { territory(level: COMMUNE, code: $code) { labelCoverage(date: $date) { labelledEpnCount epnCount coveredCommuneCount } } }`, { code: quietCommune, date });
      return data.territory.labelCoverage;
    };
    expect(await at('2020-03-31')).toEqual({ labelledEpnCount: 0, epnCount: 1, coveredCommuneCount: 0 });
    expect(await at('2020-04-01')).toEqual({ labelledEpnCount: 1, epnCount: 1, coveredCommuneCount: 1 });
    expect(await at('2022-06-14')).toEqual({ labelledEpnCount: 1, epnCount: 1, coveredCommuneCount: 1 });
    expect(await at('2022-06-15')).toEqual({ labelledEpnCount: 0, epnCount: 1, coveredCommuneCount: 0 });
    expect(await at('2017-12-31')).toEqual({ labelledEpnCount: 0, epnCount: 0, coveredCommuneCount: 0 });
  });

  it('follows the label history month by month: withdrawn from its date, suspended not counted, reinstated counted again', async () => {
    const departement = g.commune(quietCommune)!.departementCode!;
    const data = await execute(HISTORY, {
      level: 'COMMUNE', within: { level: 'DEPARTEMENT', code: departement }, from: '2020-01-01', to: '2022-12-31', interval: 'MONTH', first: 100,
    });
    const history = data.labelCoverageHistory;
    expect(history.dates[0]).toBe('2020-01-01');
    expect(history.dates).toHaveLength(37);
    expect(history.dates[history.dates.length - 1]).toBe('2022-12-31');
    let page = history;
    let series = page.edges.find((e: any) => e.node.territory.code === quietCommune);
    while (!series && page.pageInfo.hasNextPage) {
      page = (await execute(HISTORY, {
        level: 'COMMUNE', within: { level: 'DEPARTEMENT', code: departement }, from: '2020-01-01', to: '2022-12-31', interval: 'MONTH', first: 100, after: page.pageInfo.endCursor,
      })).labelCoverageHistory;
      series = page.edges.find((e: any) => e.node.territory.code === quietCommune);
    }
    const labelled = Object.fromEntries(series.node.figures.map((f: any) => [f.date, f.labelledEpnCount]));
    expect(labelled['2020-03-01']).toBe(0);
    expect(labelled['2020-04-01']).toBe(1);
    expect(labelled['2022-06-01']).toBe(1);
    expect(labelled['2022-07-01']).toBe(0);
    for (const figures of series.node.figures) expectFigures(figures, oracle.figures([quietCommune], figures.date));

    const [left] = straddling.communes;
    const suspended = (await execute(HISTORY, {
      level: 'COMMUNE', within: { level: 'EPCI', code: straddling.epci.code }, from: '2018-12-01', to: '2019-06-01', interval: 'MONTH', first: 100,
    })).labelCoverageHistory;
    const row = suspended.edges.find((e: any) => e.node.territory.code === left).node.figures;
    expect(row.map((f: any) => [f.date, f.labelledEpnCount, f.epnCount])).toEqual([
      ['2018-12-01', 1, 1], ['2019-01-01', 1, 1], ['2019-02-01', 0, 1], ['2019-03-01', 0, 1], ['2019-04-01', 0, 1], ['2019-05-01', 1, 1], ['2019-06-01', 1, 1],
    ]);
  });

  it('agrees with itself: each date of a series equals the coverage on that date, and the series total equals the total', async () => {
    const within = { level: 'REGION', code: '53' };
    const history = (await execute(HISTORY, { level: 'DEPARTEMENT', within, from: '2012-06-30', interval: 'YEAR', first: 20 })).labelCoverageHistory;
    expect(history.totalCount).toBe(g.children(g.get('REGION', '53')!).length);
    for (const [k, date] of history.dates.entries()) {
      if (k % 3 !== 0 && k !== history.dates.length - 1) continue;
      const day = (await execute(COVERAGE, { level: 'DEPARTEMENT', within, date, first: 20 })).labelCoverage;
      expect(history.edges.map((e: any) => e.node.figures[k])).toEqual(day.edges.map((e: any) => e.node));
      expect(history.total[k]).toEqual(day.total);
      expectFigures(day.total, oracle.figures(g.communeCodesIn(g.get('REGION', '53')!), date));
    }
  });

  it('counts an EPCI straddling two départements whole, under each of them, and each département only its own communes', async () => {
    const { epci, departements: [a, b] } = straddling;
    const members = g.communeCodesIn(epci);
    const today = parisToday();
    const expected = oracle.figures(members, today);
    expect(expected.labelledEpnCount).toBeGreaterThan(0);
    for (const departement of [a, b]) {
      const data = await execute(COVERAGE, { level: 'EPCI', within: { level: 'DEPARTEMENT', code: departement }, first: 1000 });
      const connection = data.labelCoverage;
      expect(connection.edges.map((e: any) => e.node.territory.code)).toEqual(g.epcisIn(g.get('DEPARTEMENT', departement)!).map((e) => e.code).sort());
      const row = connection.edges.find((e: any) => e.node.territory.code === epci.code).node;
      expectFigures(row, expected);
      expect(row.population).toBe(epci.population);
      expectFigures(connection.total, oracle.figures(g.communeCodesIn(g.get('DEPARTEMENT', departement)!), today));
    }
    const own = (await execute(COVERAGE, { level: 'COMMUNE', within: { level: 'EPCI', code: epci.code }, first: 1000 })).labelCoverage;
    expect(own.totalCount).toBe(members.length);
    expectFigures(own.total, expected);
  });

  it('sorts, filters and pages: the 20 départements with the lowest coverage per inhabitant', async () => {
    const today = parisToday();
    const expected = g.all('DEPARTEMENT')
      .map((d) => ({ code: d.code, per100k: oracle.figures(g.communeCodesIn(d), today).labelledEpnPer100k }))
      .sort((x, y) => (x.per100k === null ? 1 : y.per100k === null ? -1 : x.per100k - y.per100k) || x.code.localeCompare(y.code));
    const lowest = (await execute(COVERAGE, { level: 'DEPARTEMENT', orderBy: { field: 'LABELLED_EPN_PER_100K' }, first: 20 })).labelCoverage;
    expect(lowest.totalCount).toBe(g.all('DEPARTEMENT').length);
    expect(lowest.edges.map((e: any) => e.node.territory.code)).toEqual(expected.slice(0, 20).map((d) => d.code));

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await execute(COVERAGE, { level: 'DEPARTEMENT', orderBy: { field: 'LABELLED_EPN_PER_100K', descending: true }, first: 13, after })).labelCoverage;
      seen.push(...page.edges.map((e: any) => e.node.territory.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const descending = [...expected].sort((x, y) => (x.per100k === null ? 1 : y.per100k === null ? -1 : y.per100k - x.per100k) || x.code.localeCompare(y.code));
    expect(seen).toEqual(descending.map((d) => d.code));

    const filtered = (await execute(COVERAGE, {
      level: 'DEPARTEMENT', filter: { minLabelledEpnPer100k: 2, maxLabelledEpnPer100k: 5, minPopulation: 300000 }, orderBy: { field: 'POPULATION', descending: true }, first: 200,
    })).labelCoverage;
    const matching = g.all('DEPARTEMENT').filter((d) => {
      const f = oracle.figures(g.communeCodesIn(d), today);
      return f.labelledEpnPer100k !== null && f.labelledEpnPer100k >= 2 && f.labelledEpnPer100k <= 5 && f.population >= 300000;
    });
    expect(matching.length).toBeGreaterThan(3);
    expect(filtered.totalCount).toBe(matching.length);
    expect(filtered.edges.map((e: any) => e.node.territory.code)).toEqual(matching.sort((x, y) => y.population - x.population).map((d) => d.code));
    expectFigures(filtered.total, oracle.figures(g.communeCodesIn(g.country), today));

    const none = (await execute(COVERAGE, { level: 'DEPARTEMENT', filter: { hasLabelledEpn: false }, first: 200 })).labelCoverage;
    expect(none.edges.length).toBe(none.totalCount);
    for (const { node } of none.edges) expect(node.labelledEpnCount).toBe(0);
  });

  it('gives the same figures whether PostgreSQL counts only the page (code order) or every territory (any other question)', async () => {
    for (const variables of [
      { level: 'DEPARTEMENT', within: { level: 'REGION', code: '84' }, date: '2021-03-01' },
      { level: 'EPCI', within: { level: 'DEPARTEMENT', code: straddling.departements[1] } },
      { level: 'REGION' },
    ]) {
      const pages: any[] = [];
      let cursor: string | null = null;
      do {
        const page: any = (await execute(COVERAGE, { ...variables, first: 4, after: cursor })).labelCoverage;
        pages.push(page);
        cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (cursor);
      expect(pages.length).toBeGreaterThan(1);
      const everything = (await execute(COVERAGE, { ...variables, filter: { minPopulation: 0 }, first: 1000 })).labelCoverage;
      expect(pages.flatMap((page) => page.edges.map((e: any) => e.node))).toEqual(everything.edges.map((e: any) => e.node));
      for (const page of pages) {
        expect(page.total).toEqual(everything.total);
        expect(page.totalCount).toBe(everything.totalCount);
      }
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await execute(COVERAGE, { level: 'DEPARTEMENT', within: { level: 'REGION', code: '84' }, orderBy: { field: 'CODE', descending: true }, first: 5, after })).labelCoverage;
      seen.push(...page.edges.map((e: any) => e.node.territory.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(g.children(g.get('REGION', '84')!).map((d) => d.code).sort().reverse());
  });

  it('keeps up with the label history as it is written: a withdrawal today stops the count today', async () => {
    const [active] = await subgraph.dataSource.query(
      `SELECT l.id, l.epn_id, e.commune_code FROM epn.label l JOIN epn.epn e ON e.id = l.epn_id WHERE l.status = 'ACTIVE' ORDER BY l.id LIMIT 1`,
    );
    const query = `query($code: String!) { territory(level: COMMUNE, code: $code) { labelCoverage { labelledEpnCount epnCount } } }`;
    const before = (await execute(query, { code: active.commune_code })).territory.labelCoverage;
    await subgraph.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE epn.label SET status = 'WITHDRAWN', status_changed_at = now() WHERE id = $1`, [active.id]);
      await manager.query(`INSERT INTO epn.label_event (label_id, epn_id, action, occurred_at, actor_role) VALUES ($1, $2, 'WITHDRAWN', now(), 'NATIONAL_ADMIN')`, [active.id, active.epn_id]);
    });
    const after = (await execute(query, { code: active.commune_code })).territory.labelCoverage;
    expect(after).toEqual({ labelledEpnCount: before.labelledEpnCount - 1, epnCount: before.epnCount });
    await subgraph.dataSource.query('DELETE FROM epn.epn WHERE id = $1', [active.epn_id]);
    const deleted = (await execute(query, { code: active.commune_code })).territory.labelCoverage;
    expect(deleted.epnCount).toBe(before.epnCount - 1);
    await reloadOracle();
  });

  it('refuses impossible questions with BAD_USER_INPUT naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ level: 'COUNTRY' }, '"level"'],
      [{ level: 'REGION', within: { level: 'DEPARTEMENT', code: '35' } }, '"level"'],
      [{ level: 'DEPARTEMENT', within: { level: 'EPCI', code: straddling.epci.code } }, '"level"'],
      [{ level: 'DEPARTEMENT', within: { level: 'REGION', code: '99' } }, '"within.code"'],
      [{ level: 'DEPARTEMENT', date: '2999-01-01' }, '"date"'],
      [{ level: 'DEPARTEMENT', first: 1001 }, '"first"'],
      [{ level: 'DEPARTEMENT', filter: { minPopulation: -1 } }, '"filter.minPopulation"'],
      [{ level: 'DEPARTEMENT', orderBy: { field: 'NAME' }, after: Buffer.from('["CODE",null,"35"]').toString('base64url') }, '"after"'],
    ];
    for (const [variables, argument] of cases) {
      const result = await subgraph.execute(COVERAGE, variables);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain(argument);
    }
    const history = await subgraph.execute(HISTORY, { level: 'DEPARTEMENT', from: '1990-01-01', interval: 'MONTH' });
    expect(history.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(history.errors?.[0].message).toContain('"interval"');
    const reversed = await subgraph.execute(HISTORY, { level: 'DEPARTEMENT', from: '2020-01-01', to: '2019-01-01', interval: 'YEAR' });
    expect(reversed.errors?.[0].message).toContain('"from"');
  });
});
