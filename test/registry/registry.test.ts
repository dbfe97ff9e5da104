import { Client } from 'pg';
import { renameRegional } from '../../scripts/lib/regional';
import { signTestToken } from '../support/graph';
import { TEMPLATE_SDL, startRegistryGraph, type RegistryTestGraph } from '../support/registry';

/**
 * The schema registry on a real gateway, real subgraphs over HTTP and a real PostgreSQL: regional
 * subgraphs are checked and published live, bad ones are refused, and the graph keeps serving.
 */
describe('the schema registry', () => {
  let t: RegistryTestGraph;
  let admin: string;
  let centre: string;
  let epn: { id: string; commune: { code: string } };
  beforeAll(async () => {
    t = await startRegistryGraph();
    admin = await t.adminToken();
    centre = await t.centreToken('regional-template');
    const { body } = await t.query(`{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 1) { edges { node { id commune { code } } } } }`);
    epn = body.data.epns.edges[0].node;
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    await db.query(
      `INSERT INTO regional_template.workshop (title, theme, epn_id, commune_code, starts_at, ends_at, seats)
       VALUES ('Premiers pas sur smartphone', 'SMARTPHONE_BASICS', $1, $2, now() + interval '3 days', now() + interval '3 days 2 hours', 12),
              ('Démarches en ligne', 'ONLINE_PROCEDURES', $1, $2, now() + interval '10 days', now() + interval '10 days 2 hours', 8)`,
      [epn.id, epn.commune.code],
    );
    await db.end();
    await t.startRegional();
  });
  afterAll(() => t.stop());

  const current = async () => (await t.admin('GET', '/admin/registry/supergraphs/current', admin)).body;
  const publish = (name: string, body: Record<string, unknown>, token = centre) => t.admin('POST', `/admin/registry/subgraphs/${name}/publish`, token, body);
  const check = (name: string, body: Record<string, unknown>, token = centre) => t.admin('POST', `/admin/registry/subgraphs/${name}/check`, token, body);
  const EPN_WITH_WORKSHOPS = `query($id: ID!) { epn(id: $id) { name regionalTemplateWorkshops(first: 5) { totalCount edges { node { title theme commune { name } } } } } }`;

  it('registers the national subgraphs at first start and serves the public key regional subgraphs verify tokens with', async () => {
    const { status, body } = await t.admin('GET', '/admin/registry/subgraphs', admin);
    expect(status).toBe(200);
    expect(body.subgraphs.map((s: any) => [s.name, s.kind, s.status])).toEqual([
      ['adherents', 'NATIONAL', 'ACTIVE'], ['epn', 'NATIONAL', 'ACTIVE'], ['events', 'NATIONAL', 'ACTIVE'], ['resources', 'NATIONAL', 'ACTIVE'],
    ]);
    const history = (await t.admin('GET', '/admin/registry/supergraphs', admin)).body.versions;
    expect(history.map((v: any) => [v.version, v.action, v.status])).toEqual([[1, 'BOOTSTRAP', 'CURRENT']]);
    const key = await t.admin('GET', '/.well-known/netpublic-gateway-key');
    expect(key.status).toBe(200);
    expect(key.body).toBe(t.keyPair.publicKeyPem);
  });

  it('publishes the regional template while queries run: no query fails, and its fields answer at once', async () => {
    const before = await current();
    const failures: string[] = [];
    const answered: { start: number; end: number }[] = [];
    let running = true;
    const NATIONAL = `query($id: ID!) { epn(id: $id) { name commune { name } currentLabel { status } events(first: 2) { totalCount } eligibleOffers(first: 1) { totalCount } } }`;
    const load = async () => {
      while (running) {
        const start = Date.now();
        const { status, body } = await t.query(NATIONAL, { id: epn.id });
        if (status !== 200 || body.errors || !body.data?.epn?.name) failures.push(JSON.stringify({ status, errors: body.errors }));
        answered.push({ start, end: Date.now() });
      }
    };
    const clients = Array.from({ length: 6 }, load);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const started = Date.now();
    const { status, body: report } = await publish('regional-template', { sdl: TEMPLATE_SDL, url: t.regional!.url, owner: 'Centre de ressources (modèle)' });
    const published = Date.now();
    expect({ status, outcome: report.outcome, summary: report.summary }).toEqual({ status: 200, outcome: 'PUBLISHED', summary: expect.stringContaining('is live') });
    expect(report.currentVersion).toBe(before.version + 1);
    expect(report.breakingChanges).toEqual([]);
    expect(report.safeChanges.map((c: any) => c.path)).toEqual(expect.arrayContaining(['Epn.regionalTemplateWorkshops', 'Query.regionalTemplateWorkshops']));
    // Composed on a worker thread, not on the thread that serves requests.
    expect(report.threadId).toBeGreaterThan(0);

    let regional: any;
    while (Date.now() - started < 5000) {
      regional = await t.query(EPN_WITH_WORKSHOPS, { id: epn.id });
      if (!regional.body.errors) break;
    }
    expect(regional.body.errors).toBeUndefined();
    expect(regional.body.data.epn.regionalTemplateWorkshops.totalCount).toBe(2);
    expect(regional.body.data.epn.regionalTemplateWorkshops.edges[0].node).toEqual({ title: 'Premiers pas sur smartphone', theme: 'SMARTPHONE_BASICS', commune: { name: expect.any(String) } });

    await new Promise((resolve) => setTimeout(resolve, 300));
    running = false;
    await Promise.all(clients);
    expect(failures).toEqual([]);
    // Queries were in flight while the publish composed and switched the supergraph.
    expect(answered.filter((q) => q.start < published && q.end > started).length).toBeGreaterThanOrEqual(6);
    const territory = await t.query(`{ territory(level: DEPARTEMENT, code: "35") { name regionalTemplateWorkshops { totalCount } } }`);
    expect(territory.body).toEqual({ data: { territory: { name: 'Ille-et-Vilaine', regionalTemplateWorkshops: { totalCount: 2 } } } });
  });

  describe('refuses what would harm the graph, which keeps serving unchanged', () => {
    let before: any;
    beforeEach(async () => {
      before = await current();
    });
    afterEach(async () => {
      const after = await current();
      expect(after.version).toBe(before.version);
      expect(after.apiSchemaSdl).toBe(before.apiSchemaSdl);
      const served = (await t.admin('GET', '/admin/registry/served', admin)).body;
      expect(served.served.version).toBe(before.version);
      const { body } = await t.query(EPN_WITH_WORKSHOPS, { id: epn.id });
      expect(body.errors).toBeUndefined();
      expect(body.data.epn.regionalTemplateWorkshops.totalCount).toBe(2);
    });

    it('a subgraph that does not compose, naming the error', async () => {
      const sdl = TEMPLATE_SDL.replace('regionalTemplateWorkshop(id: ID!): RegionalTemplateWorkshop', 'regionalTemplateWorkshop(id: ID!): RegionalTemplateMissingType');
      const { status, body } = await publish('regional-template', { sdl });
      expect(status).toBe(422);
      expect(body.outcome).toBe('REJECTED');
      expect(body.summary).toMatch(/^Rejected regional-template: 1 composition error\. The graph is unchanged/);
      expect(body.compositionErrors[0].message).toContain('RegionalTemplateMissingType');
    });

    it('a subgraph that breaks the naming rule, naming the element and the rule', async () => {
      const sdl = `${TEMPLATE_SDL}\ntype Workshop { id: ID! }\nextend type Query { workshops: [Workshop] }\nextend type Epn { name: String! @external }\n`;
      const { status, body } = await publish('regional-template', { sdl });
      expect(status).toBe(422);
      expect(body.namingViolations.map((v: any) => [v.rule, v.element])).toEqual(expect.arrayContaining([
        ['TYPE_NOT_PREFIXED', 'type Workshop'],
        ['FIELD_NOT_PREFIXED', 'Query.workshops'],
      ]));
      expect(body.namingViolations.find((v: any) => v.element === 'type Workshop').message).toContain('must be named RegionalTemplate…');
    });

    it('a subgraph that removes a field clients use, unless the national administrator overrides it', async () => {
      const sdl = TEMPLATE_SDL.replace(/ {2}"Training sessions for digital mediators hosted by this EPN[^\n]*\n {2}regionalTemplateTrainingSessions[^\n]*\n/, '');
      expect(sdl).not.toBe(TEMPLATE_SDL);
      const { status, body } = await publish('regional-template', { sdl });
      expect(status).toBe(422);
      expect(body.needsOverride).toBe(true);
      expect(body.breakingChanges).toEqual([expect.objectContaining({ type: 'FIELD_REMOVED', path: 'Epn.regionalTemplateTrainingSessions', reason: expect.any(String) })]);
      expect(body.summary).toContain('only the national administrator may accept');
      // The centre cannot override it itself.
      const refused = await publish('regional-template', { sdl, allowBreaking: true });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    });

    it('a national change that would break the portal operations, naming them', async () => {
      const epnSdl = (await t.admin('GET', `/admin/registry/supergraphs/${before.version}`, admin)).body.members.find((m: any) => m.name === 'epn').sdl as string;
      // Epn.openingHours (its description gives an example), not the mutation input's field of the same name.
      const sdl = epnSdl.replace(/\n {2}"Opening hours[^\n]*e\.g\.[^\n]*\n {2}openingHours: String\n/, '\n');
      expect(sdl).not.toBe(epnSdl);
      const { status, body } = await t.admin('POST', '/admin/registry/subgraphs/epn/check', admin, { sdl });
      expect(status).toBe(422);
      expect(body.breakingChanges.map((c: any) => c.path)).toEqual(['Epn.openingHours']);
      expect(body.brokenOperations.map((o: any) => o.name)).toContain('EpnPage');
    });
  });

  describe('credentials', () => {
    it('a centre cannot check or publish another centre\'s subgraph, nor a national one; anonymous callers are asked to sign in', async () => {
      const occitanie = await t.centreToken('occitanie');
      const other = await publish('regional-template', { sdl: TEMPLATE_SDL }, occitanie);
      expect(other.status).toBe(403);
      expect(other.body.error.message).toBe('This credential belongs to the regional subgraph "occitanie": it cannot publish "regional-template".');
      expect((await check('regional-template', { sdl: TEMPLATE_SDL }, occitanie)).status).toBe(403);
      const national = await publish('epn', { sdl: TEMPLATE_SDL }, centre);
      expect(national.status).toBe(403);
      expect(national.body.error.message).toBe('epn is a national subgraph: only the national administrator may publish it.');
      const anonymous = await t.admin('POST', '/admin/registry/subgraphs/regional-template/publish', undefined, { sdl: TEMPLATE_SDL });
      expect(anonymous.status).toBe(401);
      const analyst = await t.admin('POST', '/admin/registry/subgraphs/regional-template/check', await signTestToken({ role: 'ANALYST' }), { sdl: TEMPLATE_SDL });
      expect(analyst.status).toBe(403);
      expect((await t.admin('DELETE', '/admin/registry/subgraphs/regional-template', centre)).status).toBe(403);
      // A centre sees where its own subgraph runs, not where the others do.
      const listed = (await t.admin('GET', '/admin/registry/subgraphs', centre)).body.subgraphs;
      expect(Object.fromEntries(listed.map((s: any) => [s.name, s.url]))).toEqual({
        adherents: null, epn: null, events: null, resources: null, 'regional-template': t.regional!.url,
      });
      expect((await t.admin('GET', '/admin/registry/supergraphs/current', centre)).body.supergraphSdl).toBe('');
      expect((await t.admin('POST', '/admin/registry/supergraphs/1/rollback', centre)).status).toBe(403);
    });

    it('the national administrator may accept a breaking change explicitly, and it is recorded', async () => {
      const sdl = TEMPLATE_SDL.replace('  "Whether it leads to a certification."\n  certifying: Boolean!\n', '');
      expect(sdl).not.toBe(TEMPLATE_SDL);
      const { status, body } = await publish('regional-template', { sdl, allowBreaking: true }, admin);
      expect(status).toBe(200);
      expect(body.outcome).toBe('PUBLISHED');
      expect(body.breakingChanges.map((c: any) => c.path)).toEqual(['RegionalTemplateTrainingSession.certifying']);
      const [latest] = (await t.admin('GET', '/admin/registry/supergraphs?limit=1', admin)).body.versions;
      expect(latest).toMatchObject({ action: 'PUBLISH', subgraph: 'regional-template', breakingOverride: true, publishedBy: 'mission-societe-numerique', publisherRole: 'NATIONAL_ADMIN' });
      // Back to the template, for the next tests (adding the field back breaks nothing).
      const restored = await publish('regional-template', { sdl: TEMPLATE_SDL });
      expect(restored.body.outcome).toBe('PUBLISHED');
    });
  });

  it('two regions publish side by side; a region cannot use another region\'s names, nor an overlapping name', async () => {
    const occitanie = await t.centreToken('occitanie');
    const occitanieSdl = renameRegional(TEMPLATE_SDL, 'occitanie');
    // Occitanie's subgraph is not running: its fields answer with an error naming it, the rest is unaffected.
    const { status, body } = await publish('occitanie', { sdl: occitanieSdl, url: 'http://127.0.0.1:9/graphql' }, occitanie);
    expect({ status, outcome: body.outcome }).toEqual({ status: 200, outcome: 'PUBLISHED' });
    const both = await t.query(`query($id: ID!) { epn(id: $id) { name regionalTemplateWorkshops { totalCount } occitanieWorkshops { totalCount } } }`, { id: epn.id });
    expect(both.body.data.epn).toEqual({ name: expect.any(String), regionalTemplateWorkshops: { totalCount: 2 }, occitanieWorkshops: null });
    expect(both.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'occitanie' }) })]);

    const intruding = `${occitanieSdl}\ntype RegionalTemplateWorkshopExtra { id: ID! }\n`;
    const refused = await check('occitanie', { sdl: intruding }, occitanie);
    expect(refused.status).toBe(422);
    expect(refused.body.namingViolations.map((v: any) => v.element)).toEqual(['type RegionalTemplateWorkshopExtra']);

    const overlapping = await check('regional-template-sud', { sdl: renameRegional(TEMPLATE_SDL, 'regional-template-sud'), url: 'http://127.0.0.1:9/graphql' }, admin);
    expect(overlapping.body.namingViolations.map((v: any) => v.rule)).toEqual(['NAME_OVERLAPS_REGION']);
  });

  it('keeps the history; the national administrator removes a subgraph and rolls back to an earlier version', async () => {
    const withOccitanie = (await current()).version;
    const removed = await t.admin('DELETE', '/admin/registry/subgraphs/occitanie', admin);
    expect(removed.status).toBe(200);
    expect(removed.body.summary).toBe(`Removed occitanie: version ${withOccitanie + 1} is live.`);
    expect(removed.body.breakingChanges.map((c: any) => c.path)).toContain('Epn.occitanieWorkshops');
    const gone = await t.query(`{ epns(first: 1) { edges { node { occitanieWorkshops { totalCount } } } } }`);
    expect(gone.body.errors![0].message).toContain('occitanieWorkshops');
    const listed = (await t.admin('GET', '/admin/registry/subgraphs', admin)).body.subgraphs.find((s: any) => s.name === 'occitanie');
    expect(listed.status).toBe('REMOVED');

    const rolledBack = await t.admin('POST', `/admin/registry/supergraphs/${withOccitanie}/rollback`, admin);
    expect(rolledBack.status).toBe(200);
    expect(rolledBack.body.summary).toBe(`Rolled back to the regional subgraphs of version ${withOccitanie}: version ${withOccitanie + 2} is live.`);
    const back = await t.query(`query($id: ID!) { epn(id: $id) { occitanieWorkshops { totalCount } } }`, { id: epn.id });
    expect(back.body.errors![0].extensions!.subgraph).toBe('occitanie');

    const history = (await t.admin('GET', '/admin/registry/supergraphs?limit=3', admin)).body.versions;
    expect(history.map((v: any) => [v.action, v.status, v.rolledBackTo])).toEqual([
      ['ROLLBACK', 'CURRENT', withOccitanie], ['REMOVE', 'SUPERSEDED', null], ['PUBLISH', 'SUPERSEDED', null],
    ]);
    expect(history[0].subgraphs.map((s: any) => s.name)).toEqual(['adherents', 'epn', 'events', 'occitanie', 'regional-template', 'resources']);
  });

  it('a regional subgraph that goes down: other queries are unaffected, its fields get a partial answer naming it', async () => {
    await t.stopRegional();
    const national = await t.query(`query($id: ID!) { epn(id: $id) { name currentLabel { status } events(first: 1) { totalCount } } }`, { id: epn.id });
    expect(national.body.errors).toBeUndefined();
    expect(national.body.data.epn.name.length).toBeGreaterThan(0);
    const partial = await t.query(EPN_WITH_WORKSHOPS, { id: epn.id });
    expect(partial.status).toBe(200);
    expect(partial.body.data.epn).toEqual({ name: national.body.data.epn.name, regionalTemplateWorkshops: null });
    expect(partial.body.errors).toEqual([expect.objectContaining({
      message: expect.stringContaining('regional-template subgraph is unavailable'),
      extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'regional-template' }),
    })]);
    // It comes back at the same address: its fields answer again, without any publish.
    await t.startRegional(Number(new URL((await current()).members.find((m: any) => m.name === 'regional-template').url).port));
    const again = await t.query(EPN_WITH_WORKSHOPS, { id: epn.id });
    expect(again.body.errors).toBeUndefined();
  });

  it('two regions publishing at the same moment both land: one composes again on the other\'s version, none is lost', async () => {
    const before = (await current()).version;
    const [a, b] = await Promise.all(['bretagne', 'normandie'].map(async (name) =>
      publish(name, { sdl: renameRegional(TEMPLATE_SDL, name), url: `http://127.0.0.1:9/${name}` }, await t.centreToken(name))));
    expect([a.body.outcome, b.body.outcome]).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect([a.body.currentVersion, b.body.currentVersion].sort()).toEqual([before + 1, before + 2]);
    const latest = (await t.admin('GET', '/admin/registry/supergraphs?limit=1', admin)).body.versions[0];
    expect(latest.subgraphs.map((s: any) => s.name)).toEqual(expect.arrayContaining(['bretagne', 'normandie', 'occitanie', 'regional-template']));
  });
});
