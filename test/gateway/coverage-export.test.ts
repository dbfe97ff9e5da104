import { analyticsRoutes } from '../../gateway/src/analytics';
import { CSV_COLUMNS } from '../../gateway/src/analytics/coverage-export';
import { geography } from '../../subgraphs/kit/src';
import { startTestGraph, type TestGraph } from '../support/graph';

/** GET /exports/coverage.csv on the whole graph over HTTP, against the graph's own GraphQL answer. */
describe('coverage CSV export', () => {
  let graph: TestGraph;
  let analyst: string;
  const exportUrl = (params: Record<string, string>) => graph.url.replace(/graphql$/, `exports/coverage.csv?${new URLSearchParams(params)}`);

  beforeAll(async () => {
    graph = await startTestGraph({ gatewayRoutes: analyticsRoutes() });
    analyst = await graph.token({ role: 'ANALYST' });
  });
  afterAll(() => graph.stop());

  const download = async (params: Record<string, string>, token: string | null = analyst) => {
    const response = await fetch(exportUrl(params), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  /** RFC 4180, enough for our files: quoted fields with doubled quotes, CRLF lines. */
  const parse = (text: string, separator: string): string[][] => {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
      } else if (c === '"') quoted = true;
      else if (c === separator) { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; } else field += c;
    }
    return rows;
  };

  const FIGURES = 'territory { level code name adherents(first: 1) { totalCount } } date population communeCount epnCount labelledEpnCount labelledEpnPer100k labelledEpnShare coveredCommuneCount coveredCommuneShare coveredPopulation coveredPopulationShare';

  it('refuses the export without a token, and to roles other than analyst and national administrator', async () => {
    const anonymous = await download({ level: 'DEPARTEMENT' }, null);
    expect(anonymous.response.status).toBe(401);
    expect(JSON.parse(anonymous.bytes.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const someId = '7d3c5a52-8c1b-4c53-9a3e-2f1d7f0c9b11';
    const others = [{ role: 'EPN_MANAGER', epnId: someId }, { role: 'ADHERENT_ADMIN', adherentId: someId }, { role: 'REGIONAL_CENTRE', subgraph: 'bretagne' }] as const;
    for (const claims of others) {
      const refused = await download({ level: 'DEPARTEMENT' }, await graph.token(claims));
      expect(refused.response.status).toBe(403);
      expect(JSON.parse(refused.bytes.toString()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const forged = await download({ level: 'DEPARTEMENT' }, await graph.token({ role: 'ANALYST' }, { secret: 'another-secret-of-at-least-32-chars!' }));
    expect(forged.response.status).toBe(401);
    const admin = await download({ level: 'REGION' }, await graph.token({ role: 'NATIONAL_ADMIN' }));
    expect(admin.response.status).toBe(200);
  });

  it('writes UTF-8 with a BOM, the header line, codes as text and French names, with the figures of the GraphQL answer', async () => {
    const { response, bytes } = await download({ level: 'DEPARTEMENT', within: 'REGION:84', date: '2024-06-30' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="couverture-netpublic_DEPARTEMENT_REGION-84_2024-06-30.csv"');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('Auvergne-Rhône-Alpes', 'utf8'))).toBe(true);
    expect(bytes.includes(Buffer.from('Puy-de-Dôme', 'utf8'))).toBe(true);
    const rows = parse(bytes.toString('utf8').slice(1), ';');
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const byCode = new Map(rows.slice(1).map((row) => [row[2], Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]]))]));
    // Ain keeps its leading zero: the cell is the formula ="01", whose value is the text 01.
    expect(byCode.get('="01"')).toMatchObject({ row: 'territory', level: 'DEPARTEMENT', name: 'Ain', date: '2024-06-30' });
    expect(byCode.get('="84"')).toMatchObject({ row: 'total', level: 'REGION', name: 'Auvergne-Rhône-Alpes' });

    const { body } = await graph.query(
      `query($date: Date) { labelCoverage(level: DEPARTEMENT, within: { level: REGION, code: "84" }, date: $date, first: 100) {
        total { ${FIGURES} } edges { node { ${FIGURES} } } } }`,
      { date: '2024-06-30' },
      analyst,
    );
    expect(body.errors).toBeUndefined();
    const answers = [body.data.labelCoverage.total, ...body.data.labelCoverage.edges.map((e: any) => e.node)];
    expect(rows.length - 1).toBe(answers.length);
    const decimal = (value: number | null, digits: number) => (value === null ? '' : value.toFixed(digits).replace('.', ','));
    for (const answer of answers) {
      const row = byCode.get(`="${answer.territory.code}"`)!;
      expect(row).toEqual({
        row: answer.territory.level === 'REGION' ? 'total' : 'territory',
        level: answer.territory.level,
        code: `="${answer.territory.code}"`,
        name: answer.territory.name,
        date: answer.date,
        population: String(answer.population),
        communeCount: String(answer.communeCount),
        epnCount: String(answer.epnCount),
        labelledEpnCount: String(answer.labelledEpnCount),
        labelledEpnPer100k: decimal(answer.labelledEpnPer100k, 2),
        labelledEpnShare: decimal(answer.labelledEpnShare, 4),
        coveredCommuneCount: String(answer.coveredCommuneCount),
        coveredCommuneShare: decimal(answer.coveredCommuneShare, 4),
        coveredPopulation: String(answer.coveredPopulation),
        coveredPopulationShare: decimal(answer.coveredPopulationShare, 4),
        adherentCount: String(answer.territory.adherents.totalCount),
      });
    }
    expect(answers.some((a) => a.territory.adherents.totalCount > 0)).toBe(true);
  });

  it('keeps 2A and 2B as text in Corse, and writes plain codes and decimal points when asked', async () => {
    const excel = parse((await download({ level: 'DEPARTEMENT', within: 'REGION:94' })).bytes.toString('utf8').slice(1), ';');
    expect(excel.slice(1).map((row) => [row[2], row[3]])).toEqual([['="94"', 'Corse'], ['="2A"', 'Corse-du-Sud'], ['="2B"', 'Haute-Corse']]);
    const plain = parse((await download({ level: 'DEPARTEMENT', within: 'REGION:94', codes: 'plain', separator: 'comma' })).bytes.toString('utf8').slice(1), ',');
    expect(plain.slice(1).map((row) => row[2])).toEqual(['94', '2A', '2B']);
    for (const row of plain.slice(1)) expect(row[9]).toMatch(/^\d+\.\d\d$/);
  });

  it('streams every page of a long export: all the communes of Normandie, in code order', async () => {
    const communes = geography().communeCodesIn(geography().get('REGION', '28')!).sort();
    expect(communes.length).toBeGreaterThan(2000);
    const { response, bytes } = await download({ level: 'COMMUNE', within: 'REGION:28', adherents: 'false', codes: 'plain' });
    expect(response.headers.get('x-total-count')).toBe(String(communes.length));
    const rows = parse(bytes.toString('utf8').slice(1), ';');
    expect(rows.slice(2).map((row) => row[2])).toEqual(communes);
    for (const row of rows.slice(1)) expect(row[15]).toBe('');
  });

  it('exports a sorted, limited question: the 20 départements with the lowest coverage per inhabitant', async () => {
    const { bytes } = await download({ level: 'DEPARTEMENT', orderBy: 'LABELLED_EPN_PER_100K', limit: '20', codes: 'plain', adherents: 'false' });
    const rows = parse(bytes.toString('utf8').slice(1), ';');
    const { body } = await graph.query(`{ labelCoverage(level: DEPARTEMENT, orderBy: { field: LABELLED_EPN_PER_100K }, first: 20) { edges { node { territory { code } } } } }`);
    expect(rows[1][0]).toBe('total');
    expect(rows.slice(2).map((row) => row[2])).toEqual(body.data.labelCoverage.edges.map((e: any) => e.node.territory.code));
  });

  it('answers a bad request with 400 and the parameter or argument at fault', async () => {
    const unknown = await download({ level: 'DEPARTEMENT', levl: 'x' });
    expect(unknown.response.status).toBe(400);
    expect(JSON.parse(unknown.bytes.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'levl' });
    const missing = await download({});
    expect(JSON.parse(missing.bytes.toString()).errors[0].extensions.parameter).toBe('level');
    const country = await download({ level: 'COUNTRY' });
    expect(country.response.status).toBe(400);
    expect(JSON.parse(country.bytes.toString()).errors[0].message).toContain('"level"');
    const future = await download({ level: 'REGION', date: '2999-01-01' });
    expect(future.response.status).toBe(400);
    expect(JSON.parse(future.bytes.toString()).errors[0].message).toContain('"date"');
  });
});
