import { geography, haversineKm, isInDepartement, isInFrance, normalizePlaceName, randomPointInDepartement } from '../../subgraphs/kit/src';

describe('official geography (COG, @etalab/decoupage-administratif)', () => {
  const g = geography();

  it('holds every région, département, current commune and EPCI', () => {
    expect(g.all('REGION')).toHaveLength(26);
    expect(g.all('DEPARTEMENT')).toHaveLength(109);
    expect(g.all('COMMUNE')).toHaveLength(34969);
    expect(g.all('EPCI')).toHaveLength(1255);
  });

  it('derives population and parents from communes', () => {
    const rennes = g.commune('35238')!;
    expect(rennes.name).toBe('Rennes');
    expect(rennes.departementCode).toBe('35');
    expect(rennes.regionCode).toBe('53');
    const ille = g.get('DEPARTEMENT', '35')!;
    const sum = g.communeCodesIn(ille).reduce((total, code) => total + g.commune(code)!.population, 0);
    expect(ille.population).toBe(sum);
    expect(g.country.population).toBe(g.all('REGION').reduce((total, r) => total + r.population, 0));
  });

  it('answers containment at every level, EPCI by membership', () => {
    const bretagne = g.get('REGION', '53')!;
    expect(g.contains(bretagne, '35238')).toBe(true);
    expect(g.contains(bretagne, '75056')).toBe(false);
    const rennesMetropole = g.get('EPCI', g.commune('35238')!.epciCode!)!;
    expect(g.contains(rennesMetropole, '35238')).toBe(true);
    expect(g.children(bretagne).map((d) => d.code).sort()).toEqual(['22', '29', '35', '56']);
  });

  it('finds EPCI spanning two départements', () => {
    const spanning = g.all('EPCI').filter((epci) => new Set(g.communeCodesIn(epci).map((c) => g.commune(c)!.departementCode)).size > 1);
    expect(spanning.length).toBeGreaterThan(10);
  });

  it('maps an old INSEE code of a merged commune to today’s commune', () => {
    expect(g.currentCommune('01340')).toMatchObject({ commune: { code: '01015', name: 'Arboys en Bugey' }, formerCode: '01340' });
    expect(g.currentCommune('35238')).toMatchObject({ formerCode: null });
    expect(g.currentCommune('00000')).toBeNull();
  });

  it('resolves a commune from postal code and name, tolerant of accents and "St"', () => {
    expect(g.findByPostalCode('22000', 'St Brieuc')?.code).toBe('22278');
    expect(normalizePlaceName('Saint-Étienne-du-Rouvray')).toBe('saint etienne du rouvray');
  });
});

describe('where a point lies (département outlines)', () => {
  it('puts prefectures in their département and rejects points far outside', () => {
    expect(isInDepartement('35', { latitude: 48.1173, longitude: -1.6778 })).toBe(true);
    expect(isInDepartement('67', { latitude: 48.5734, longitude: 7.7521 })).toBe(true);
    expect(isInDepartement('35', { latitude: 48.8566, longitude: 2.3522 })).toBe(false);
    expect(isInDepartement('974', { latitude: -20.882, longitude: 55.45 })).toBe(true);
    expect(isInFrance({ latitude: 40.4168, longitude: -3.7038 })).toBe(false);
  });

  it('draws random points inside the département it is asked for', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const code of ['29', '2A', '75', '13', '971']) {
      for (let i = 0; i < 20; i += 1) {
        const point = randomPointInDepartement(code, random)!;
        expect(isInDepartement(code, point, 0.5)).toBe(true);
      }
    }
  });

  it('measures distances on the sphere', () => {
    expect(haversineKm({ latitude: 48.8566, longitude: 2.3522 }, { latitude: 48.1173, longitude: -1.6778 })).toBeCloseTo(308, -1);
  });
});
