import { createHash } from 'node:crypto';
import { parse, type GraphQLSchema } from 'graphql';
import { ANONYMOUS, InternalTokenSigner, privateKeyFromPem } from '../../subgraphs/kit/src';
import { SubgraphDataSource } from '../../gateway/src/gateway';
import { GatewayMetrics } from '../../gateway/src/metrics';
import { LiveSupergraph } from '../../gateway/src/live-supergraph';
import { TEMPLATE_SDL, logger, startRegistryGraph, type RegistryTestGraph } from '../support/registry';

/**
 * The switch itself, on real subgraphs over HTTP: a request parsed and validated against one
 * supergraph version runs on that version, even when the version served meanwhile removed what
 * it asks for (Apollo Server hands the executor the schema the request was validated against).
 */
describe('LiveSupergraph', () => {
  let t: RegistryTestGraph;
  let withRegional: string;
  let withoutRegional: string;
  beforeAll(async () => {
    t = await startRegistryGraph();
    const admin = await t.adminToken();
    withoutRegional = (await t.admin('GET', '/admin/registry/supergraphs/current', admin)).body.supergraphSdl;
    await t.startRegional();
    const published = await t.admin('POST', '/admin/registry/subgraphs/regional-template/publish', await t.centreToken('regional-template'), { sdl: TEMPLATE_SDL, url: t.regional!.url });
    expect(published.body.outcome).toBe('PUBLISHED');
    withRegional = (await t.admin('GET', '/admin/registry/supergraphs/current', admin)).body.supergraphSdl;
  });
  afterAll(() => t.stop());

  it('runs a request validated before a switch on the version it was validated against', async () => {
    const urls = Object.fromEntries([...t.graph.subgraphs].map(([name, s]) => [name, s.server.url]));
    const signer = new InternalTokenSigner(privateKeyFromPem(t.keyPair.privateKeyPem));
    const live = new LiveSupergraph({
      supergraphSdl: withRegional,
      buildService: ({ name, url }) => new SubgraphDataSource(name, urls[name] ?? url ?? '', { signer, timeoutMs: 10_000, metrics: new GatewayMetrics([], false), propagateTrace: false }),
      logger,
    });
    const schemas: GraphQLSchema[] = [];
    live.onSchemaLoadOrUpdate(({ apiSchema }) => schemas.push(apiSchema));
    const { executor } = await live.load();

    const query = '{ regionalTemplateTrainingSessions(first: 1) { totalCount } epns(first: 1) { totalCount } }';
    const requestContext = (schema: GraphQLSchema) => ({
      request: { query, variables: {} }, document: parse(query), source: query, queryHash: createHash('sha256').update(query).digest('hex'),
      operationName: null, schema, context: { viewer: ANONYMOUS, requestId: 'live-supergraph-test', logger }, logger, metrics: {},
    }) as unknown as Parameters<typeof executor>[0];

    // The version without the regional subgraph is served from now on…
    expect(await live.update(withoutRegional, 99)).toBe(true);
    expect(schemas).toHaveLength(2);
    expect(schemas[1].getQueryType()!.getFields().regionalTemplateTrainingSessions).toBeUndefined();
    expect(live.served()!.version).toBe(99);

    // …yet a request validated against the previous one still gets its answer, from both subgraphs.
    const result = await executor(requestContext(schemas[0]));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ regionalTemplateTrainingSessions: { totalCount: 0 }, epns: { totalCount: expect.any(Number) } });

    // A request validated against the new version runs on it: the removed field is unknown there.
    const planned = await executor(requestContext(schemas[1])).catch((error: Error) => ({ errors: [error] }));
    expect(planned.errors?.[0].message).toMatch(/regionalTemplateTrainingSessions/);

    // The same SDL again changes nothing.
    expect(await live.update(withoutRegional, 99)).toBe(false);
    await live.stop();
  });
});
