import { readFileSync } from 'node:fs';
import path from 'node:path';
import OpeningHours from 'opening_hours';
import pino from 'pino';
import { haversineKm, vocabularyValues, type VocabularyName } from '../../subgraphs/kit/src';
import { epnSubgraph } from '../../subgraphs/epn/src';
import { maintainDirectory } from '../../subgraphs/epn/src/services/directory-maintenance';
import { MAX_RADIUS_KM } from '../../subgraphs/epn/src/services/search-service';
import { openSubgraph, type SubgraphHarness } from '../support/subgraph';

/** The directory search of the epn subgraph, in-process, on the seeded national dataset plus fixtures. */
describe('directory search (epn subgraph, real PostgreSQL)', () => {
  let subgraph: SubgraphHarness;
  const fixtures: Record<string, string> = {};

  const PORTAL = readFileSync(path.join(__dirname, '..', '..', 'schema', 'operations', 'directory-search.graphql'), 'utf8');
  const IDS = `query($query: String, $filter: EpnSearchFilter, $near: NearInput, $orderBy: EpnSearchOrder, $first: Int, $after: String) {
    searchEpns(query: $query, filter: $filter, near: $near, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor distanceKm relevance node { id name location { latitude longitude } } }
    }
  }`;

  async function insertEpn(fields: Record<string, unknown>): Promise<string> {
    const row = {
      street: '1 place de la Mairie', venue_type: 'MEDIATHEQUE', itinerant: false, opening_hours: null, services: ['EVERYDAY_DIGITAL_TOOLS'],
      fees: ['FREE'], summary: null, latitude: null, longitude: null, ...fields,
    } as Record<string, unknown>;
    const columns = Object.keys(row);
    const [{ id }] = await subgraph.dataSource.query(
      `INSERT INTO epn.epn (${columns.join(', ')}, equipment) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, '{"computers": 4, "tablets": 0, "printers": 1, "wifi": true}')
       RETURNING id`,
      Object.values(row),
    );
    return id;
  }

  async function search(variables: Record<string, unknown>, query = IDS) {
    const { data, errors } = await subgraph.execute(query, variables);
    expect(errors).toBeUndefined();
    return data.searchEpns;
  }

  /** Every result of a search, page by page (`between` runs after each page); fails on a repeated EPN. */
  async function allResults(variables: Record<string, unknown>, first = 100, between?: (page: number) => Promise<unknown>): Promise<any[]> {
    const edges: any[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages += 1) {
      const page: any = await search({ ...variables, first, after });
      edges.push(...page.edges);
      await between?.(pages);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ids = edges.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    return edges;
  }

  const sqlIds = async (where: string, params: unknown[] = []): Promise<string[]> =>
    (await subgraph.dataSource.query(`SELECT e.id FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code WHERE ${where}`, params)).map((r: { id: string }) => r.id);
  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    subgraph = await openSubgraph(epnSubgraph);
    fixtures.saintBrieuc = await insertEpn({
      name: 'Médiathèque de Saint-Brieuc', postal_code: '22000', commune_code: '22278', latitude: 48.5141, longitude: -2.7603,
      opening_hours: 'Tu-Sa 10:00-18:00; PH off', summary: 'Ateliers de robotique et de programmation pour les collégiens.',
    });
    fixtures.saintBrieucOther = await insertEpn({
      name: 'Espace numérique de la mairie de Saint-Brieuc', venue_type: 'TOWN_HALL', postal_code: '22000', commune_code: '22278', latitude: 48.514, longitude: -2.76,
    });
    fixtures.luz = await insertEpn({ name: 'Cyber-base de Saint-Jean-de-Luz', venue_type: 'ASSOCIATION', postal_code: '64500', commune_code: '64483' });
    // Rennes: three ways of treating public holidays, hours of irregular weeks.
    fixtures.closedOnHolidays = await insertEpn({ name: 'Fixture fermée les jours fériés', postal_code: '35000', commune_code: '35238', opening_hours: 'Mo-Fr 09:00-17:00; PH off' });
    fixtures.openEveryDay = await insertEpn({ name: 'Fixture ouverte tous les jours', postal_code: '35000', commune_code: '35238', opening_hours: 'Mo-Su 10:00-18:00' });
    fixtures.holidayHours = await insertEpn({ name: 'Fixture aux horaires de jour férié', postal_code: '35000', commune_code: '35238', opening_hours: 'Mo-Fr 10:00-12:00; PH 14:00-16:00' });
    fixtures.morningRennes = await insertEpn({ name: 'Fixture du matin à Rennes', postal_code: '35000', commune_code: '35238', opening_hours: 'Mo-Fr 08:00-12:00' });
    fixtures.summerClosed = await insertEpn({ name: 'Fixture fermée l’été', postal_code: '35000', commune_code: '35238', opening_hours: 'Mo-Fr 09:00-12:00; Jul-Aug off' });
    // Alsace-Moselle keeps 26 December; La Réunion lives four hours ahead of Paris.
    fixtures.strasbourg = await insertEpn({ name: 'Fixture de Strasbourg', postal_code: '67000', commune_code: '67482', opening_hours: 'Mo-Fr 09:00-17:00; PH off' });
    fixtures.reunion = await insertEpn({ name: 'Fixture de Saint-Denis de La Réunion', postal_code: '97400', commune_code: '97411', opening_hours: 'Mo-Fr 08:00-12:00' });
  });
  afterAll(() => subgraph.close());

  describe('words', () => {
    it.each([
      ['mediatheque st brieuc'],
      ['MÉDIATHÈQUE Saint-Brieuc'],
      ['médiathèque de saint brieuc'],
      ['mediateque st brieuc'], // typos
      ['mediatek saint brieuc'],
      ['mediatheque saint brieu'], // still typing
      ['st-brieuc mediatheque'],
      ['médiathèque 22000'],
    ])('« %s » finds « Médiathèque de Saint-Brieuc » first', async (query) => {
      const result = await search({ query, first: 5 });
      expect(result.edges[0]?.node.name).toBe('Médiathèque de Saint-Brieuc');
      expect(result.edges[0].relevance).toBeGreaterThan(0);
      for (const edge of result.edges.slice(1)) expect(edge.relevance).toBeLessThanOrEqual(result.edges[0].relevance);
    });

    it('requires every word: the town hall of Saint-Brieuc is no médiathèque', async () => {
      const ids = (await allResults({ query: 'mediatheque st brieuc' })).map((e) => e.node.id);
      expect(ids).toContain(fixtures.saintBrieuc);
      expect(ids).not.toContain(fixtures.saintBrieucOther);
      expect((await allResults({ query: 'mairie st brieuc' })).map((e) => e.node.id)).toContain(fixtures.saintBrieucOther);
    });

    it('searches the presentation and the commune, and hyphenated names word by word', async () => {
      expect((await search({ query: 'robotique', first: 5 })).edges.map((e: any) => e.node.id)).toEqual([fixtures.saintBrieuc]);
      expect((await search({ query: 'st jean de luz cyber', first: 5 })).edges[0].node.id).toBe(fixtures.luz);
    });

    it('matches what independent SQL finds for a word of the seeded names', async () => {
      const results = await allResults({ query: 'médiathèque', filter: { territory: { level: 'DEPARTEMENT', code: '35' } } });
      const expected = await sqlIds(`c.departement_code = '35' AND (lower(public.unaccent(e.name)) ~ '\\mmediatheque' OR lower(public.unaccent(coalesce(e.summary, ''))) ~ '\\mmediatheque')`);
      expect(expected.length).toBeGreaterThan(3);
      expect(sorted(results.map((e) => e.node.id))).toEqual(sorted(expected));
    });

    it('finds nothing for a word nobody uses, with zero counts', async () => {
      const { data, errors } = await subgraph.execute(PORTAL, { query: 'xylophonistes' });
      expect(errors).toBeUndefined();
      expect(data.searchEpns.totalCount).toBe(0);
      expect(data.searchEpns.edges).toEqual([]);
      expect(data.searchEpns.facets.services.every((f: any) => f.count === 0)).toBe(true);
    });
  });

  describe('filters', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['région', { territory: { level: 'REGION', code: '53' } }, `c.region_code = '53'`],
      ['département', { territory: { level: 'DEPARTEMENT', code: '35' } }, `c.departement_code = '35'`],
      ['EPCI', { territory: { level: 'EPCI', code: '243500139' } }, `c.epci_code = '243500139'`],
      ['commune', { territory: { level: 'COMMUNE', code: '35238' } }, `e.commune_code = '35238'`],
      ['labelled', { labelled: true }, `EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status = 'ACTIVE')`],
      ['not labelled', { labelled: false }, `NOT EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status = 'ACTIVE')`],
      ['services (all of)', { services: ['ADMINISTRATIVE_PROCEDURES', 'SAFE_DIGITAL_USE'] }, `e.services @> ARRAY['ADMINISTRATIVE_PROCEDURES', 'SAFE_DIGITAL_USE']`],
      ['specific publics (all of)', { specificPublics: ['SENIORS'] }, `e.specific_publics @> ARRAY['SENIORS']`],
      ['accessibility support (all of)', { accessibilitySupport: ['DEAFNESS', 'ILLITERACY'] }, `e.accessibility_support @> ARRAY['DEAFNESS', 'ILLITERACY']`],
      ['accompaniment (all of)', { accompanimentModes: ['INDIVIDUAL'] }, `e.accompaniment_modes @> ARRAY['INDIVIDUAL']`],
      ['fees (any of)', { fees: ['FREE_UNDER_CONDITIONS', 'PAID'] }, `e.fees && ARRAY['FREE_UNDER_CONDITIONS', 'PAID']`],
      ['venues (any of)', { venueTypes: ['LIBRARY', 'MEDIATHEQUE'] }, `e.venue_type IN ('LIBRARY', 'MEDIATHEQUE')`],
      ['itinerant', { itinerant: true }, `e.itinerant`],
      ['fixed', { itinerant: false }, `NOT e.itinerant`],
    ];

    it.each(cases)('%s, alone: the same count as independent SQL', async (_name, filter, where) => {
      const expected = await sqlIds(where);
      expect(expected.length).toBeGreaterThan(0);
      expect((await search({ filter, first: 1 })).totalCount).toBe(expected.length);
    });

    it.each(cases.filter(([name]) => !['région', 'département', 'EPCI', 'commune'].includes(name)))(
      '%s, with a département: the same EPN as independent SQL',
      async (_name, filter, where) => {
        const results = await allResults({ filter: { ...filter, territory: { level: 'DEPARTEMENT', code: '35' } } });
        expect(sorted(results.map((e) => e.node.id))).toEqual(sorted(await sqlIds(`c.departement_code = '35' AND ${where}`)));
      },
    );

    it('combines every filter at once, each kind of semantics included', async () => {
      const filter = {
        territory: { level: 'REGION', code: '53' }, labelled: true, services: ['EVERYDAY_DIGITAL_TOOLS'], fees: ['FREE'],
        venueTypes: ['MEDIATHEQUE', 'LIBRARY', 'SOCIAL_CENTRE'], itinerant: false, accompanimentModes: ['INDIVIDUAL'],
      };
      const results = await allResults({ filter, query: 'numerique' });
      const expected = await sqlIds(
        `c.region_code = '53' AND EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status = 'ACTIVE')
         AND e.services @> ARRAY['EVERYDAY_DIGITAL_TOOLS'] AND e.fees && ARRAY['FREE'] AND e.venue_type IN ('MEDIATHEQUE', 'LIBRARY', 'SOCIAL_CENTRE')
         AND NOT e.itinerant AND e.accompaniment_modes @> ARRAY['INDIVIDUAL']
         AND lower(public.unaccent(e.name || ' ' || coalesce(e.summary, ''))) ~ '\\mnumerique'`,
      );
      expect(expected.length).toBeGreaterThan(2);
      expect(sorted(results.map((e) => e.node.id))).toEqual(sorted(expected));
    });

    it('counts facets for the whole result, each alternative ignoring its own filter', async () => {
      const filter = { territory: { level: 'DEPARTEMENT', code: '35' }, labelled: true, fees: ['FREE'], services: ['EVERYDAY_DIGITAL_TOOLS'] };
      const { data, errors } = await subgraph.execute(PORTAL, { filter, first: 3 });
      expect(errors).toBeUndefined();
      const { totalCount, facets, edges } = data.searchEpns;
      const label = `EXISTS (SELECT 1 FROM epn.label l WHERE l.epn_id = e.id AND l.status = 'ACTIVE')`;
      const common = `c.departement_code = '35' AND e.services @> ARRAY['EVERYDAY_DIGITAL_TOOLS']`;
      const count = async (where: string) => (await sqlIds(where)).length;
      expect(edges).toHaveLength(3);
      expect(totalCount).toBe(await count(`${common} AND ${label} AND e.fees && ARRAY['FREE']`));
      for (const { value, count: n } of facets.services) {
        expect([value, n]).toEqual([value, await count(`${common} AND ${label} AND e.fees && ARRAY['FREE'] AND '${value}' = ANY(e.services)`)]);
      }
      for (const { value, count: n } of facets.specificPublics) {
        expect([value, n]).toEqual([value, await count(`${common} AND ${label} AND e.fees && ARRAY['FREE'] AND '${value}' = ANY(e.specific_publics)`)]);
      }
      // Alternatives: fees ignore the fees filter, label status ignores the label filter.
      for (const { value, count: n } of facets.fees) expect([value, n]).toEqual([value, await count(`${common} AND ${label} AND '${value}' = ANY(e.fees)`)]);
      expect(facets.labelled).toEqual([
        { labelled: true, count: totalCount },
        { labelled: false, count: await count(`${common} AND NOT ${label} AND e.fees && ARRAY['FREE']`) },
      ]);
      for (const { value, count: n } of facets.venueTypes) {
        expect([value, n]).toEqual([value, await count(`${common} AND ${label} AND e.fees && ARRAY['FREE'] AND e.venue_type = '${value}'`)]);
      }
      expect(facets.departements).toEqual([{ territory: { code: '35', name: 'Ille-et-Vilaine' }, count: totalCount }]);
    });

    it('gives facets per département across a région, summing to the total', async () => {
      const { data } = await subgraph.execute(PORTAL, { filter: { territory: { level: 'REGION', code: '53' } }, first: 1 });
      const departements = data.searchEpns.facets.departements;
      expect(departements.map((f: any) => f.territory.code)).toEqual(['22', '29', '35', '56']);
      expect(departements.reduce((sum: number, f: any) => sum + f.count, 0)).toBe(data.searchEpns.totalCount);
      for (const { territory, count } of departements) expect(count).toBe((await sqlIds(`c.departement_code = '${territory.code}'`)).length);
    });
  });

  describe('near a point', () => {
    it('finds every EPN within the radius, nearest first, with the distance an independent haversine gives', async () => {
      const [center] = await subgraph.dataSource.query(
        `SELECT e.latitude, e.longitude FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code WHERE c.departement_code = '35' AND e.latitude IS NOT NULL ORDER BY e.id LIMIT 1`,
      );
      const radiusKm = 30;
      const edges = await allResults({ near: { ...center, radiusKm } }, 40);
      expect(edges.length).toBeGreaterThan(5);
      let previous = 0;
      for (const edge of edges) {
        const expected = haversineKm(center, edge.node.location);
        expect(Math.abs(edge.distanceKm - expected)).toBeLessThan(1e-6);
        expect(edge.distanceKm).toBeLessThanOrEqual(radiusKm);
        expect(edge.distanceKm).toBeGreaterThanOrEqual(previous);
        previous = edge.distanceKm;
      }
      const everyone: { id: string; latitude: number; longitude: number }[] = await subgraph.dataSource.query(
        `SELECT id, latitude, longitude FROM epn.epn WHERE latitude IS NOT NULL`,
      );
      const distances = everyone.map((e) => ({ id: e.id, km: haversineKm(center, e) }));
      const expected = distances.filter((d) => d.km <= radiusKm - 1e-6).map((d) => d.id);
      const found = new Set(edges.map((e) => e.node.id));
      for (const id of expected) expect(found).toContain(id);
      for (const edge of edges) expect(distances.find((d) => d.id === edge.node.id)!.km).toBeLessThanOrEqual(radiusKm + 1e-6);
    });

    it('combines distance with words and filters, and may order them by name or relevance', async () => {
      const near = { latitude: 48.5141, longitude: -2.7603, radiusKm: 5 };
      const byDistance = await search({ near, query: 'saint brieuc', first: 10 });
      expect(byDistance.edges[0].node.id).toBe(fixtures.saintBrieuc);
      expect(byDistance.edges.every((e: any) => e.distanceKm !== null && e.relevance !== null)).toBe(true);
      const byName = await allResults({ near, query: 'saint brieuc', orderBy: 'NAME' });
      expect(sorted(byName.map((e) => e.node.id))).toEqual(sorted((await allResults({ near, query: 'saint brieuc' })).map((e) => e.node.id)));
      const labelled = await allResults({ near: { ...near, radiusKm: 40 }, filter: { labelled: true } });
      for (const edge of labelled) expect(edge.distanceKm).toBeLessThanOrEqual(40);
    });
  });

  describe('open at a given time', () => {
    const OPEN = `query($filter: EpnSearchFilter) { searchEpns(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
    const openIds = async (openAt: string, territory = { level: 'COMMUNE', code: '35238' }) =>
      (await search({ filter: { territory, openAt } }, OPEN)).edges.map((e: any) => e.node.id);

    async function expectFixtures(): Promise<void> {
      // 14 July 2025 (a Monday), in the morning and in the afternoon.
      let open = await openIds('2025-07-14T11:00:00+02:00');
      expect(open).not.toContain(fixtures.closedOnHolidays);
      expect(open).toContain(fixtures.openEveryDay);
      expect(open).not.toContain(fixtures.holidayHours);
      expect(open).not.toContain(fixtures.summerClosed);
      open = await openIds('2025-07-14T15:00:00+02:00');
      expect(open).toContain(fixtures.holidayHours);
      expect(open).not.toContain(fixtures.closedOnHolidays);
      // The Monday after: an ordinary day.
      open = await openIds('2025-07-21T11:00:00+02:00');
      expect(open).toEqual(expect.arrayContaining([fixtures.closedOnHolidays, fixtures.openEveryDay, fixtures.holidayHours, fixtures.morningRennes]));
      expect(open).not.toContain(fixtures.summerClosed);
      // Easter Monday 2025, and a Tuesday of June when the summer closure does not apply.
      expect(await openIds('2025-04-21T10:30:00+02:00')).not.toContain(fixtures.closedOnHolidays);
      expect(await openIds('2025-06-17T10:30:00+02:00')).toEqual(expect.arrayContaining([fixtures.summerClosed, fixtures.closedOnHolidays]));
      // 26 December: a holiday in Alsace, not in Brittany.
      expect(await openIds('2025-12-26T10:00:00+01:00', { level: 'COMMUNE', code: '67482' })).not.toContain(fixtures.strasbourg);
      expect(await openIds('2025-12-26T10:00:00+01:00')).toContain(fixtures.closedOnHolidays);
      // 9:00 in La Réunion is 6:00 in Rennes.
      expect(await openIds('2025-11-18T05:00:00Z', { level: 'COMMUNE', code: '97411' })).toContain(fixtures.reunion);
      expect(await openIds('2025-11-18T05:00:00Z')).not.toContain(fixtures.morningRennes);
    }

    it('answers right for opening hours not compiled yet, then compiled, then the same', async () => {
      const [{ pending }] = await subgraph.dataSource.query(
        `SELECT count(*)::int AS pending FROM epn.opening_schedule WHERE kind = 'PENDING' AND opening_hours = 'Mo-Fr 10:00-12:00; PH 14:00-16:00'`,
      );
      expect(pending).toBe(1);
      await expectFixtures();
      await maintainDirectory(subgraph.dataSource, pino({ level: 'silent' }));
      const kinds: { opening_hours: string; kind: string }[] = await subgraph.dataSource.query(
        `SELECT opening_hours, kind FROM epn.opening_schedule WHERE opening_hours IN ('Mo-Fr 10:00-12:00; PH 14:00-16:00', 'Mo-Fr 09:00-12:00; Jul-Aug off')`,
      );
      expect(Object.fromEntries(kinds.map((k) => [k.opening_hours, k.kind]))).toEqual({
        'Mo-Fr 10:00-12:00; PH 14:00-16:00': 'WEEKLY', 'Mo-Fr 09:00-12:00; Jul-Aug off': 'IRREGULAR',
      });
      await expectFixtures();
    });

    it.each([
      ['an ordinary Tuesday morning', '2025-11-18T10:30:00+01:00'],
      ['a Saturday afternoon', '2025-11-22T15:00:00+01:00'],
      ['14 July (a public holiday)', '2025-07-14T10:30:00+02:00'],
      ['Easter Monday (a public holiday)', '2025-04-21T15:00:00+02:00'],
    ])('on %s, gives in a département the EPN the opening_hours package itself says are open', async (_name, instant) => {
      const rows: { id: string; opening_hours: string }[] = await subgraph.dataSource.query(
        `SELECT e.id, e.opening_hours FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code WHERE c.departement_code = '35' AND e.opening_hours IS NOT NULL`,
      );
      const wallClock = new Date(new Date(instant).toLocaleString('en-US', { timeZone: 'Europe/Paris' }));
      const expected = rows
        .filter((r) => new OpeningHours(r.opening_hours, { lat: 48.1, lon: -1.7, address: { country_code: 'fr', state: 'Bretagne' } }).getState(wallClock))
        .map((r) => r.id);
      const found = (await allResults({ filter: { territory: { level: 'DEPARTEMENT', code: '35' }, openAt: instant } })).map((e) => e.node.id);
      expect(sorted(found)).toEqual(sorted(expected));
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(rows.length);
    });

    it('shows that the holiday matters: fewer EPN open on 14 July than on the Monday after', async () => {
      const territory = { level: 'DEPARTEMENT', code: '35' };
      const holiday = (await search({ filter: { territory, openAt: '2025-07-14T10:30:00+02:00' }, first: 1 })).totalCount;
      const ordinary = (await search({ filter: { territory, openAt: '2025-07-21T10:30:00+02:00' }, first: 1 })).totalCount;
      expect(holiday).toBeLessThan(ordinary);
    });
  });

  describe('paging', () => {
    const territory = { level: 'DEPARTEMENT', code: '35' };

    it('pages through a whole département without duplicates or gaps, even when EPN are added meanwhile', async () => {
      const expected = await sqlIds(`c.departement_code = '35'`);
      let added: { before: string; after: string } | null = null;
      const edges = await allResults({ filter: { territory } }, 7, async (page) => {
        if (page !== 2) return;
        added = {
          before: await insertEpn({ name: 'Aaaa, ajoutée pendant la lecture', postal_code: '35000', commune_code: '35238' }),
          after: await insertEpn({ name: 'Zzzz, ajoutée pendant la lecture', postal_code: '35000', commune_code: '35238' }),
        };
      });
      const seen = edges.map((e) => e.node.id);
      expect(expected.length).toBeGreaterThan(50);
      // The one added before the current page is not seen; the one after it is, once.
      expect(sorted(seen)).toEqual(sorted([...expected, added!.after]));
      const keys: { epn_id: string; name_key: string }[] = await subgraph.dataSource.query(
        `SELECT epn_id, name_key FROM epn.directory_entry WHERE epn_id = ANY($1)`, [seen],
      );
      const key = new Map(keys.map((k) => [k.epn_id, k.name_key]));
      for (let i = 1; i < seen.length; i += 1) expect(key.get(seen[i - 1])! <= key.get(seen[i])!).toBe(true);
    });

    it('pages by relevance and by distance without duplicates or gaps', async () => {
      const text = `lower(public.unaccent(e.name || ' ' || coalesce(e.summary, '')))`;
      const expected = await sqlIds(`c.departement_code = '35' AND ${text} ~ '\\mespace\\M' AND ${text} ~ '\\mnumerique'`);
      let added = '';
      const byRelevance = await allResults({ query: 'espace numerique', filter: { territory } }, 6, async (page) => {
        if (page === 1) added = await insertEpn({ name: 'Espace numérique ajouté pendant la lecture', postal_code: '35000', commune_code: '35238' });
      });
      // Whether it ranks before or after the first page, the new EPN never makes another one repeat or vanish.
      const seen = byRelevance.map((e) => e.node.id).filter((id) => id !== added);
      expect(sorted(seen)).toEqual(sorted(expected));
      for (let i = 1; i < byRelevance.length; i += 1) expect(byRelevance[i].relevance).toBeLessThanOrEqual(byRelevance[i - 1].relevance);

      const near = { latitude: 48.11, longitude: -1.68, radiusKm: 60 };
      const byDistance = await allResults({ near }, 9);
      const single = await search({ near, first: 100 });
      expect(byDistance.length).toBeGreaterThan(9);
      expect(byDistance).toHaveLength(single.totalCount);
      expect(byDistance.slice(0, 100).map((e) => e.node.id)).toEqual(single.edges.map((e: any) => e.node.id));
    });
  });

  describe('the projection follows every write', () => {
    it('follows a new name, a withdrawn label and a deleted EPN', async () => {
      const id = await insertEpn({ name: 'Ludothèque numérique de Saint-Brieuc', postal_code: '22000', commune_code: '22278' });
      expect((await search({ query: 'ludotheque', first: 5 })).edges.map((e: any) => e.node.id)).toEqual([id]);
      await subgraph.dataSource.query(`UPDATE epn.epn SET name = 'Artothèque numérique de Saint-Brieuc' WHERE id = $1`, [id]);
      expect((await search({ query: 'ludotheque', first: 5 })).totalCount).toBe(0);
      expect((await search({ query: 'artotheque', first: 5 })).edges.map((e: any) => e.node.id)).toEqual([id]);

      const [label] = await subgraph.dataSource.query(`SELECT epn_id FROM epn.label WHERE status = 'ACTIVE' LIMIT 1`);
      const labelled = async () => (await allResults({ filter: { labelled: true, territory: await territoryOf(label.epn_id) } })).map((e) => e.node.id);
      expect(await labelled()).toContain(label.epn_id);
      await subgraph.dataSource.query(`UPDATE epn.label SET status = 'WITHDRAWN' WHERE epn_id = $1 AND status = 'ACTIVE'`, [label.epn_id]);
      expect(await labelled()).not.toContain(label.epn_id);

      await subgraph.dataSource.query(`DELETE FROM epn.epn WHERE id = $1`, [id]);
      expect((await search({ query: 'artotheque', first: 5 })).totalCount).toBe(0);
    });

    async function territoryOf(epnId: string) {
      const [row] = await subgraph.dataSource.query(`SELECT commune_code FROM epn.epn WHERE id = $1`, [epnId]);
      return { level: 'COMMUNE', code: row.commune_code };
    }

    it('stores vocabularies with the bit of each value in the order of the national standard', async () => {
      for (const vocabulary of ['Service', 'SpecificPublic', 'AccessibilitySupport', 'Fee', 'AccompanimentMode'] as VocabularyName[]) {
        const values = vocabularyValues(vocabulary) as string[];
        const [{ masks }] = await subgraph.dataSource.query(
          `SELECT array_agg(epn.directory_mask($1, ARRAY[v]) ORDER BY o) AS masks FROM unnest($2::text[]) WITH ORDINALITY AS t(v, o)`,
          [vocabulary, values],
        );
        expect([vocabulary, masks]).toEqual([vocabulary, values.map((_, i) => 1 << i)]);
      }
    });
  });

  describe('invalid input', () => {
    it.each([
      ['an unknown territory', { filter: { territory: { level: 'DEPARTEMENT', code: '00' } } }, '"filter.territory.code"'],
      ['a radius over the maximum', { near: { latitude: 48.1, longitude: -1.7, radiusKm: MAX_RADIUS_KM + 1 } }, '"near.radiusKm"'],
      ['a radius of zero', { near: { latitude: 48.1, longitude: -1.7, radiusKm: 0 } }, '"near.radiusKm"'],
      ['a latitude out of range', { near: { latitude: 91, longitude: -1.7, radiusKm: 5 } }, '"near.latitude"'],
      ['a longitude out of range', { near: { latitude: 48.1, longitude: -181, radiusKm: 5 } }, '"near.longitude"'],
      ['a page over the maximum', { first: 1000 }, '"first"'],
      ['empty words', { query: '   ' }, '"query"'],
      ['only small words', { query: 'de la' }, '"query"'],
      ['too many characters', { query: 'médiathèque '.repeat(20) }, '"query"'],
      ['distance order without a point', { orderBy: 'DISTANCE' }, '"orderBy"'],
      ['relevance order without words', { orderBy: 'RELEVANCE' }, '"orderBy"'],
      ['a cursor that is not one', { after: 'bm90IGEgY3Vyc29y' }, '"after"'],
      ['a forged cursor', { after: Buffer.from(JSON.stringify(['N', 'a', 'not-a-uuid'])).toString('base64url') }, '"after"'],
    ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, variables, argument) => {
      const { errors } = await subgraph.execute(IDS, variables);
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toContain(argument);
    });

    it('refuses a cursor of a search in another order', async () => {
      const byName = await search({ first: 2 });
      const { errors } = await subgraph.execute(IDS, { query: 'mediatheque', first: 2, after: byName.pageInfo.endCursor });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toContain('"after"');
    });
  });
});
