import { getIntrospectionQuery } from 'graphql';
import trustedDocuments from '../../schema/__generated__/persisted-documents.json';
import { startTestGraph, type TestGraph } from '../support/graph';
import { counterValue, metricsOf } from '../support/processes';

/**
 * Limits against abusive operations: each crafted operation is refused with its own code and a
 * message naming the limit and its value, before any subgraph is called; the portal's own
 * operations (schema/operations/) go through.
 */
describe('gateway limits', () => {
  let graph: TestGraph;
  let base: string;
  let epnId: string;
  beforeAll(async () => {
    graph = await startTestGraph({ gatewaySettings: { responseCache: { enabled: false, maxBytes: 0, maxTtlSeconds: 1 } } });
    base = graph.url.replace(/\/graphql$/, '');
    const { body } = await graph.query('{ epns(filter: { labelled: true }, first: 1) { edges { node { id } } } }');
    epnId = body.data.epns.edges[0].node.id;
  });
  afterAll(() => graph.stop());

  const subgraphCalls = async () => counterValue(await metricsOf(base), 'netpublic_gateway_subgraph_requests_total');

  /** Sends an operation and checks it was refused with the code, the limit named with its value, and no subgraph called. */
  async function expectRefused(query: string, code: string, limit: string, maximum: number, variables?: Record<string, unknown>) {
    const before = await subgraphCalls();
    const { status, body } = await graph.query(query, variables);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error.extensions).toMatchObject({ code, limit, maximum });
    expect(error.message).toContain(limit);
    expect(error.message).toContain(String(maximum));
    expect(typeof error.extensions?.requestId).toBe('string');
    expect(await subgraphCalls()).toBe(before);
    return error;
  }

  it('refuses an operation nested deeper than MAX_QUERY_DEPTH (12)', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `currentLabel { epn { ${selection} } }`;
    const error = await expectRefused(`query Deep { epn(id: "${epnId}") { ${selection} } }`, 'MAX_DEPTH_LIMIT', 'MAX_QUERY_DEPTH', 12);
    expect(error.extensions?.actual).toBe(14);
    expect(error.message).toBe('The operation "Deep" is 14 levels deep; the limit is 12 (MAX_QUERY_DEPTH).');
  });

  it('counts depth through fragments, without counting the fragments themselves', async () => {
    const query = `query Deep { epn(id: "${epnId}") { ...Label } }
      fragment Label on Epn { currentLabel { epn { currentLabel { epn { currentLabel { epn { currentLabel { epn { currentLabel { epn { currentLabel { epn { id } } } } } } } } } } } } }`;
    const error = await expectRefused(query, 'MAX_DEPTH_LIMIT', 'MAX_QUERY_DEPTH', 12);
    expect(error.extensions?.actual).toBe(14);
  });

  it('refuses more aliases than MAX_ALIASES (15)', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `n${i}: name`).join(' ');
    const error = await expectRefused(`{ epn(id: "${epnId}") { ${fields} } }`, 'MAX_ALIASES_LIMIT', 'MAX_ALIASES', 15);
    expect(error.extensions?.actual).toBe(16);
  });

  it('refuses more root fields than MAX_ROOT_FIELDS (10)', async () => {
    const query = `{
      epns(first: 1) { totalCount } epn(id: "${epnId}") { id } territory(level: REGION, code: "53") { name }
      territories(level: REGION, first: 1) { totalCount } vocabularies { value } adherents(first: 1) { totalCount }
      charters { version } resources(first: 1) { totalCount } partnerOffers(first: 1) { totalCount }
      eventEditions(first: 1) { totalCount } events(first: 1) { totalCount }
    }`;
    const error = await expectRefused(query, 'MAX_ROOT_FIELDS_LIMIT', 'MAX_ROOT_FIELDS', 10);
    expect(error.extensions?.actual).toBe(11);
  });

  it('refuses more directives than MAX_DIRECTIVES (50)', async () => {
    const fragments = Array.from({ length: 51 }, () => '... @include(if: true) { name }').join(' ');
    const error = await expectRefused(`{ epn(id: "${epnId}") { ${fragments} } }`, 'MAX_DIRECTIVES_LIMIT', 'MAX_DIRECTIVES', 50);
    expect(error.extensions?.actual).toBe(51);
  });

  it('refuses a document of more than MAX_TOKENS (2000) tokens, without parsing it to the end', async () => {
    const names = Array.from({ length: 2100 }, () => 'name').join(' ');
    await expectRefused(`{ epn(id: "${epnId}") { ${names} } }`, 'MAX_TOKENS_LIMIT', 'MAX_TOKENS', 2000);
  });

  it('takes the maximum page size a field declares in the schema (@listSize), refusing beyond it', async () => {
    // labelCoverage declares @listSize(assumedSize: 1000): a page of 1000 goes through, 1001 is refused.
    const allowed = await graph.query('{ labelCoverage(level: DEPARTEMENT, first: 1000) { edges { node { labelledEpnCount } } } }');
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data.labelCoverage.edges.length).toBeGreaterThan(100);
    const refused = await expectRefused('{ labelCoverage(level: DEPARTEMENT, first: 1001) { edges { node { labelledEpnCount } } } }', 'MAX_PAGE_SIZE_LIMIT', 'MAX_PAGE_SIZE', 1000);
    expect(refused.message).toContain('"first: 1001" at labelCoverage');
  });

  it('refuses a page larger than MAX_PAGE_SIZE (100), written in the document or passed as a variable', async () => {
    const literal = await expectRefused('{ epns(first: 500) { totalCount } }', 'MAX_PAGE_SIZE_LIMIT', 'MAX_PAGE_SIZE', 100);
    expect(literal.message).toBe('"first: 500" at epns asks for more than the maximum page size of 100 (MAX_PAGE_SIZE).');
    const variable = await expectRefused('query Big($n: Int) { epns(first: $n) { totalCount } }', 'MAX_PAGE_SIZE_LIMIT', 'MAX_PAGE_SIZE', 100, { n: 101 });
    expect(variable.extensions?.actual).toBe(101);
  });

  const NESTED = `query Nested($n: Int) {
    epns(first: $n) { edges { node { labels(first: $n) { edges { node { history(first: $n) { edges { node { action } } } } } } } } }
  }`;

  it('refuses an operation whose cost (list sizes multiplied) is over MAX_QUERY_COST (5000)', async () => {
    const error = await expectRefused(NESTED, 'MAX_COST_LIMIT', 'MAX_QUERY_COST', 5000, { n: 100 });
    // history: 1 + 100 × (edge + node) = 201; a label: 1 + 201; labels: 1 + 100 × (1 + 202) = 20,301;
    // epns: 1 + 100 × (edge + node 1 + 20,301) = 2,030,301.
    expect(error.extensions?.actual).toBe(2_030_301);
  });

  it('evaluates the cost with each request’s variables: small pages of the same document go through', async () => {
    const { status, body } = await graph.query(NESTED, { n: 3 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.epns.edges).toHaveLength(3);
  });

  it('refuses a costly operation written with literals at validation', async () => {
    const query = '{ territories(level: COMMUNE, first: 100) { edges { node { epns(first: 100) { edges { node { labels(first: 100) { totalCount } } } } } } } }';
    const error = await expectRefused(query, 'MAX_COST_LIMIT', 'MAX_QUERY_COST', 5000);
    expect(error.extensions?.actual).toBe(1 + 100 * (2 + 1 + 100 * 3));
  });

  it('measures a fragment once however often it is spread: a fragment bomb is refused at once', async () => {
    // Each fragment spreads the next one twice, under a list: 2^30 paths if expanded naively.
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 29 ? `fragment F${i} on EpnConnection { totalCount }` : `fragment F${i} on EpnConnection { edges { node { labels(first: 2) { totalCount } } } ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = Date.now();
    await expectRefused(`{ epns(first: 10) { ...F0 } }\n${fragments}`, 'MAX_COST_LIMIT', 'MAX_QUERY_COST', 5000);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("lets GraphiQL's introspection query through (it nests deeper than MAX_QUERY_DEPTH, within MAX_TOKENS)", async () => {
    const { status, body } = await graph.query(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it("lets every operation of the portal (schema/operations/) through, even with the largest pages", async () => {
    const adherent = (await graph.query('{ adherents(filter: { status: VALIDATED }, first: 1) { edges { node { id } } } }')).body.data.adherents.edges[0].node.id;
    const edition = (await graph.query('{ eventEditions(first: 1) { edges { node { id } } } }')).body.data.eventEditions.edges[0].node.id;
    const event = (await graph.query('{ events(first: 1) { edges { node { id } } } }')).body.data.events.edges[0].node.id;
    const variablesOf: Record<string, Record<string, unknown>> = {
      AdherentDashboard: { id: adherent, first: 100 },
      EpnBenefits: { id: epnId },
      EventRegistrations: { id: event, first: 100 },
      EpnDirectory: { territory: { level: 'DEPARTEMENT', code: '35' }, first: 100 },
      EpnPage: { id: epnId },
      EventEditions: { first: 100 },
      EditionEvents: { id: edition, first: 100 },
      TerritoryPage: { level: 'DEPARTEMENT', code: '35' },
      CoverageMap: { level: 'DEPARTEMENT' },
      CoverageTrend: { level: 'REGION', from: '2016-01-01' },
      CoverageExport: { level: 'COMMUNE', within: { level: 'REGION', code: '28' }, first: 1000, withAdherents: true, withTotal: true },
      SearchEpnDirectory: {
        query: 'médiathèque', near: { latitude: 48.11, longitude: -1.68, radiusKm: 100 },
        filter: { services: ['EVERYDAY_DIGITAL_TOOLS'], openAt: '2025-11-18T10:30:00+01:00' }, first: 100,
      },
    };
    // The adherent's own dashboard as its administrator; the rest as the national administrator, who may read everything.
    const adherentToken = await graph.token({ role: 'ADHERENT_ADMIN', adherentId: adherent });
    const nationalToken = await graph.token({ role: 'NATIONAL_ADMIN' });
    // Documents may begin with their fragments: find the operation wherever it stands.
    const queryName = (document: string) => /(?:^|[\s}])query (\w+)\s*[({]/.exec(document)?.[1];
    const documents = Object.values(trustedDocuments as Record<string, string>).filter((document) => queryName(document));
    expect(documents.map((document) => queryName(document)).sort()).toEqual(Object.keys(variablesOf).sort());
    for (const document of documents) {
      const name = queryName(document)!;
      const { status, body } = await graph.query(document, variablesOf[name], name === 'AdherentDashboard' ? adherentToken : nationalToken);
      expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
    }
  });

  it('answers an oversized body with 413 and a malformed one with 400, each saying what is wrong', async () => {
    const huge = JSON.stringify({ query: `{ epn(id: "${'x'.repeat(1_100_000)}") { id } }` });
    const tooLarge = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(tooLarge.status).toBe(413);
    const tooLargeBody = (await tooLarge.json()) as any;
    expect(tooLargeBody.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(tooLargeBody.errors[0].message).toBe('The request body is larger than 1000000 bytes (MAX_BODY_BYTES).');

    const malformed = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ epns { totalCount } }"' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0]).toMatchObject({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });

    const notAnOperation = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[{"query": "{ __typename }"}]' });
    expect(notAnOperation.status).toBe(400);
    expect(((await notAnOperation.json()) as any).errors[0].message).toBe('Batched requests are not supported: send one operation per request.');

    const syntax = await graph.query('{ epns(first: 1) { totalCount }');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(syntax.body.errors![0].message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
  });
});
