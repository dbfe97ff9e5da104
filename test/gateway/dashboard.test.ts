import { chromium, type Browser, type Page } from 'playwright-core';
import { analyticsRoutes } from '../../gateway/src/analytics';
import { geography } from '../../subgraphs/kit/src';
import { startTestGraph, type TestGraph } from '../support/graph';

/**
 * The coverage dashboard in a real browser: Debian's Chromium, headless, driven by playwright-core,
 * against the whole graph over HTTP. Chromium must not reach for the network on its own: the flags
 * below keep it on the page.
 */
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

describe('coverage dashboard (headless Chromium)', () => {
  let graph: TestGraph;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const graphqlBodies: string[] = [];

  beforeAll(async () => {
    graph = await startTestGraph({ gatewayRoutes: analyticsRoutes() });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      // The refused export below is a 403 on purpose; any other failed load or error is a problem.
      if (message.type() === 'error' && !message.text().includes('status of 403')) problems.push(message.text());
    });
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphqlBodies.push(request.postData() ?? '');
    });
    await page.goto(graph.url.replace(/graphql$/, 'dashboard'));
    await page.waitForFunction(() => document.querySelectorAll('#table-body tr').length > 0, undefined, { timeout: 30_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await graph?.stop();
  });

  const shapes = () => page.locator('#map path.territory');

  it('renders the map of the 13 metropolitan régions, the trend and the table of every région', async () => {
    expect(await page.title()).toBe('Couverture du label NetPublic — tableau de bord');
    expect(await shapes().count()).toBe(13);
    const fills = await shapes().evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
    expect(new Set(fills).size).toBeGreaterThan(1);
    expect(await page.locator('#trend svg circle').count()).toBeGreaterThanOrEqual(10);
    const rows = await page.locator('#table-body tr').count();
    expect(rows).toBe(geography().all('REGION').length + 1);
    expect(await page.locator('#table-body tr.total th').textContent()).toBe('France');
    expect(await page.locator('#heading').textContent()).toMatch(/^France — couverture par région au /);
    // The figures come from the graph, through the typed documents generated from schema/operations.
    expect(graphqlBodies.some((body) => body.includes('query CoverageMap(') && body.includes('fragment DashboardFigures on LabelCoverage'))).toBe(true);
    expect(graphqlBodies.some((body) => body.includes('query CoverageTrend('))).toBe(true);
  });

  it('shows the départements of a région when it is clicked, and comes back to France', async () => {
    const bretagne = geography().children(geography().get('REGION', '53')!).map((d) => d.code).sort();
    await page.locator('#map path[data-code="53"]').click();
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent?.startsWith('Bretagne'));
    expect((await shapes().evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')))).sort()).toEqual(bretagne);
    const tableCodes = await page.locator('#table-body tr:not(.total)').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code));
    expect(tableCodes).toEqual(bretagne);
    expect(await page.locator('#table-body tr.total th').textContent()).toBe('Bretagne');
    await page.locator('#back').click();
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent?.startsWith('France'));
    expect(await shapes().count()).toBe(13);
  });

  it('selects a région from the keyboard too', async () => {
    await page.locator('#map path[data-code="94"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent?.startsWith('Corse'));
    expect((await shapes().evaluateAll((paths) => paths.map((p) => p.getAttribute('data-code')))).sort()).toEqual(['2A', '2B']);
  });

  it('lets an analyst download the CSV of the view, and tells others why not', async () => {
    await page.locator('#token').fill(await graph.token({ role: 'EPN_MANAGER', epnId: '7d3c5a52-8c1b-4c53-9a3e-2f1d7f0c9b11' }));
    await page.locator('#csv').click();
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Export refusé'));
    await page.locator('#token').fill(await graph.token({ role: 'ANALYST' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^couverture-netpublic_DEPARTEMENT_REGION-94_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.concat(await (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
      return chunks;
    })()).toString('utf8');
    expect(text.split('\r\n')[2]).toContain('Corse-du-Sud');
  });

  it('draws the 96 départements of the map when asked, on another date', async () => {
    await page.locator('input[name="kind"][value="DEPARTEMENT"]').check();
    await page.locator('#date').fill('2020-01-01');
    await page.locator('#date').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelector('#heading')?.textContent?.includes('1 janvier 2020'));
    expect(await shapes().count()).toBe(96);
    expect(await page.locator('#table-body tr:not(.total)').count()).toBe(geography().all('DEPARTEMENT').length);
    expect(problems).toEqual([]);
  });
});
