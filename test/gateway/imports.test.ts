import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestGraph, type TestGraph } from '../support/graph';

/** POST /imports through the gateway to the epn subgraph, which reads the adherent's ressort through the graph. */
describe('importing places through the graph', () => {
  let graph: TestGraph;
  let ille: { id: string; name: string };
  const valid = readFileSync(path.join(__dirname, '..', 'fixtures', 'standard', 'valid.csv'), 'utf8');

  beforeAll(async () => {
    graph = await startTestGraph();
    const { body } = await graph.query(`{ adherents(filter: { kind: DEPARTEMENT, status: VALIDATED, territory: { level: DEPARTEMENT, code: "35" } }, first: 1) { edges { node { id name } } } }`);
    ille = body.data.adherents.edges[0].node;
  });
  afterAll(() => graph.stop());

  const upload = async (query: string, body: string, token?: string, contentType = 'text/csv') => {
    const response = await fetch(`${graph.url.replace(/\/graphql$/, '/imports')}${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const importedCount = async () => {
    const { body } = await graph.query(`{ epns(filter: { territory: { level: COMMUNE, code: "35238" } }, first: 100) { edges { node { name } } } }`);
    return body.data.epns.edges.filter((e: { node: { name: string } }) => e.node.name === 'Espace numérique des Champs Libres').length;
  };

  it('refuses anonymous callers and roles that may not import, writing nothing', async () => {
    const anonymous = await upload('', valid);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    const analyst = await upload('', valid, await graph.token({ role: 'ANALYST' }));
    expect(analyst.status).toBe(403);
    expect(analyst.body).toMatchObject({ code: 'FORBIDDEN', error: expect.stringContaining('adherent administrator or the national administrator') });
    const manager = await upload('', valid, await graph.token({ role: 'EPN_MANAGER', epnId: '00000000-0000-4000-8000-000000000000' }));
    expect(manager.status).toBe(403);
    expect(await importedCount()).toBe(0);
  });

  it('lets an adherent administrator import only inside its ressort, read from the adherents subgraph', async () => {
    const token = await graph.token({ role: 'ADHERENT_ADMIN', adherentId: ille.id });
    const all = await upload('', valid, token);
    expect(all.status).toBe(422);
    expect(all.body).toMatchObject({ status: 'REJECTED', committed: false, territory: 'DEPARTEMENT 35 (Ille-et-Vilaine)' });
    const outside = all.body.problems.filter((p: { rule: string }) => p.rule.includes('outside your territory (DEPARTEMENT 35 (Ille-et-Vilaine))'));
    expect(outside.map((p: { id: string }) => p.id)).toHaveLength(12);
    expect(outside.map((p: { id: string }) => p.id)).not.toContain('bzh-35238-champs-libres');
    expect(await importedCount()).toBe(0);

    const inside = await upload('?validOnly=true', valid, token);
    expect(inside.status).toBe(200);
    expect(inside.body).toMatchObject({ status: 'IMPORTED', committed: true, inserted: 1, skipped: 12 });
    expect(await importedCount()).toBe(1);
  });

  it('does not let an adherent administrator declare its territory, nor name no adherent', async () => {
    const declared = await upload('?territory=COUNTRY:FR', valid, await graph.token({ role: 'ADHERENT_ADMIN', adherentId: ille.id }));
    expect(declared.status).toBe(403);
    expect(declared.body.error).toContain('do not declare a territory');
    // A token of that role without an adherent id is not even a valid credential.
    const anonymousAdmin = await upload('', valid, await graph.token({ role: 'ADHERENT_ADMIN' }));
    expect(anonymousAdmin.status).toBe(401);
  });

  it('lets the national administrator import anywhere or restrict itself to a territory, in CSV or JSON, and dry-run', async () => {
    const token = await graph.token({ role: 'NATIONAL_ADMIN' });
    const bretagne = await upload('?territory=REGION:53&dryRun=true', valid, token);
    expect(bretagne.status).toBe(422);
    expect(bretagne.body.territory).toBe('REGION 53 (Bretagne)');
    const badTerritory = await upload('?territory=REGION:99', valid, token);
    expect(badTerritory.status).toBe(400);
    expect(badTerritory.body).toMatchObject({ code: 'BAD_USER_INPUT', error: expect.stringContaining('"territory.code"') });

    const dry = await upload('?dryRun=true', valid, token);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'IMPORTED', dryRun: true, committed: false, inserted: 12, unchanged: 1 });
    const done = await upload('', valid, token);
    expect(done.body).toMatchObject({ status: 'IMPORTED', committed: true, inserted: 12, unchanged: 1 });

    const json = JSON.stringify([{ id: 'json-vitre', pivot: '21350360900017', nom: 'EPN de Vitré', commune: 'Vitré', code_postal: '35500', adresse: '1 place du Château', source: 'test', date_maj: '2024-01-02' }]);
    const fromJson = await upload('', json, token, 'application/json');
    expect(fromJson.status).toBe(200);
    expect(fromJson.body).toMatchObject({ inserted: 1 });
    expect(fromJson.body.problems).toContainEqual(expect.objectContaining({ field: 'code_insee', severity: 'notice', rule: expect.stringContaining('resolved from code_postal 35500') }));
    const unsupported = await upload('', valid, token, 'application/pdf');
    expect(unsupported.status).toBe(415);
  });

  it('is not reachable on the subgraph without the gateway', async () => {
    const epnUrl = graph.graph.subgraphs.get('epn')!.server.url.replace(/\/graphql$/, '/imports');
    const response = await fetch(epnUrl, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: valid });
    expect(response.status).toBe(401);
  });
});
