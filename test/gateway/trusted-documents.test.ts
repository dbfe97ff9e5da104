import { createHash } from 'node:crypto';
import trustedDocuments from '../../schema/__generated__/persisted-documents.json';
import type { RunningGateway } from '../../gateway/src/gateway';
import { startTestGraph, type TestGraph } from '../support/graph';

const manifest = trustedDocuments as Record<string, string>;
const [directoryId, directory] = Object.entries(manifest).find(([, doc]) => doc.startsWith('query EpnDirectory('))!;
const VARIABLES = { territory: { level: 'DEPARTEMENT', code: '35' }, first: 2 };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(url: string, body: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

/** Trusted documents (schema/operations/ → manifest) by id, APQ alongside, and the trusted-only mode. */
describe('trusted documents', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ gatewaySettings: { responseCache: { enabled: false, maxBytes: 0, maxTtlSeconds: 1 } } });
  });
  afterAll(() => graph.stop());

  it('runs a document sent by id alone: documentId (POST or GET) or Apollo’s persistedQuery hash', async () => {
    const byId = await post(graph.url, { documentId: directoryId, variables: VARIABLES });
    expect(byId.status).toBe(200);
    expect(byId.body.data.epns.edges).toHaveLength(2);

    const get = await fetch(`${graph.url}?documentId=${encodeURIComponent(directoryId)}&variables=${encodeURIComponent(JSON.stringify(VARIABLES))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data).toEqual(byId.body.data);

    const byHash = await post(graph.url, { extensions: { persistedQuery: { version: 1, sha256Hash: directoryId.replace(/^sha256:/, '') } }, variables: VARIABLES });
    expect(byHash.body).toEqual(byId.body);
  });

  it('says so when an id is not in the manifest', async () => {
    const unknown = await post(graph.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.errors![0].message).toContain('No trusted document has the id');
  });

  it('keeps automatic persisted queries: an unknown hash is asked for, registered with its text, then served by hash', async () => {
    const query = '{ territory(level: REGION, code: "53") { name } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const missing = await post(graph.url, { extensions });
    expect(missing.body.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(graph.url, { query, extensions });
    expect(registered.body.data.territory.name).toBe('Bretagne');
    const byHash = await post(graph.url, { extensions });
    expect(byHash.body.data.territory.name).toBe('Bretagne');
  });

  describe('with TRUSTED_DOCUMENTS_REQUIRED=anonymous', () => {
    let strict: RunningGateway;
    beforeAll(async () => {
      strict = await graph.startGateway({ settings: { trustedDocumentsRequired: 'anonymous', metrics: false } });
    });

    it('refuses any other document from anonymous clients, saying what to send instead', async () => {
      for (const body of [
        { query: '{ epns(first: 1) { totalCount } }' },
        { query: '{ epns(first: 1) { totalCount } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ epns(first: 1) { totalCount } }') } } },
        { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ epns(first: 2) { totalCount } }') } } },
      ]) {
        const refused = await post(strict.url, body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors![0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
        expect(refused.body.errors![0].message).toBe(
          'This gateway runs only trusted documents for anonymous clients (TRUSTED_DOCUMENTS_REQUIRED=anonymous): send the "documentId" of an operation of the trusted documents manifest.',
        );
      }
    });

    it('runs trusted documents for anyone, by id or by their exact text, and any document for signed-in clients', async () => {
      expect((await post(strict.url, { documentId: directoryId, variables: VARIABLES })).status).toBe(200);
      expect((await post(strict.url, { query: directory, variables: VARIABLES })).status).toBe(200);
      const token = await graph.token({ role: 'ANALYST' });
      const free = await post(strict.url, { query: '{ epns(first: 1) { totalCount } }' }, token);
      expect(free.status).toBe(200);
      expect(free.body.data.epns.totalCount).toBeGreaterThan(0);
    });
  });
});
