import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, InternalTokenSigner, generateGatewayKeyPair } from '../../subgraphs/kit/src';
import { JwtAuthenticator } from '../../gateway/src/auth';
import { TEST_JWT_SECRET, signTestToken, startTestGraph, type TestGraph } from '../support/graph';
import { firstError } from '../support/rules';

const ISSUER = 'netpublic-graph';
const AUDIENCE = 'netpublic-graph';
const ADHERENT_ID = '2b0c8a53-6f3e-4a1d-9f55-0d8f6f1c2a10';

async function sign(key: Parameters<SignJWT['sign']>[0], alg: string, claims: Record<string, unknown>, options: { kid?: string; expires?: string; issuer?: string; audience?: string; subject?: string | null } = {}) {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg, ...(options.kid ? { kid: options.kid } : {}) }).setIssuedAt().setIssuer(options.issuer ?? ISSUER).setAudience(options.audience ?? AUDIENCE);
  if (options.subject !== null) jwt = jwt.setSubject(options.subject ?? 'user-1');
  if (options.expires !== 'never') jwt = jwt.setExpirationTime(options.expires ?? '1h');
  return jwt.sign(key);
}

async function refusal(authenticator: JwtAuthenticator, token: string): Promise<{ code: unknown; message: string }> {
  try {
    await authenticator.viewerFrom(`Bearer ${token}`);
  } catch (error) {
    return { code: (error as { extensions?: { code?: unknown } }).extensions?.code, message: (error as Error).message };
  }
  throw new Error('the token was accepted');
}

describe('client tokens (JwtAuthenticator)', () => {
  const hs = new JwtAuthenticator({ secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE });
  const secret = new TextEncoder().encode(TEST_JWT_SECRET);

  it('accepts a development HS256 token and keeps only the claim its role uses', async () => {
    const token = await sign(secret, 'HS256', { role: 'ADHERENT_ADMIN', adherentId: ADHERENT_ID.toUpperCase(), epnId: ADHERENT_ID });
    expect(await hs.viewerFrom(`Bearer ${token}`)).toEqual({ role: 'ADHERENT_ADMIN', subject: 'user-1', adherentId: ADHERENT_ID });
    expect(await hs.viewerFrom(undefined)).toBe(ANONYMOUS);
  });

  it('refuses expired, forged, wrong-audience, wrong-issuer and role-less tokens, saying what is wrong', async () => {
    const cases: [string, Promise<string>, RegExp][] = [
      ['expired', sign(secret, 'HS256', { role: 'ANALYST' }, { expires: '-10m' }), /expired/],
      ['forged', sign(new TextEncoder().encode('another-secret-of-at-least-32-characters'), 'HS256', { role: 'NATIONAL_ADMIN' }), /signature is invalid/],
      ['wrong audience', sign(secret, 'HS256', { role: 'ANALYST' }, { audience: 'another-api' }), /audience "another-api".*only "netpublic-graph"/],
      ['wrong issuer', sign(secret, 'HS256', { role: 'ANALYST' }, { issuer: 'https://evil.example' }), /issued by "https:\/\/evil.example"/],
      ['no expiry', sign(secret, 'HS256', { role: 'ANALYST' }, { expires: 'never' }), /no "exp" claim/],
      ['no subject', sign(secret, 'HS256', { role: 'ANALYST' }, { subject: null }), /no "sub" claim/],
      ['unknown role', sign(secret, 'HS256', { role: 'SUPERUSER' }), /no known role/],
      ['anonymous role', sign(secret, 'HS256', { role: 'ANONYMOUS' }), /no known role/],
      ['adherent admin without adherent', sign(secret, 'HS256', { role: 'ADHERENT_ADMIN' }), /"adherentId" claim/],
      ['EPN manager with a bad epnId', sign(secret, 'HS256', { role: 'EPN_MANAGER', epnId: "1' OR 1=1" }), /"epnId" claim.*UUID/],
      ['regional centre without subgraph', sign(secret, 'HS256', { role: 'REGIONAL_CENTRE' }), /"subgraph" claim/],
    ];
    for (const [name, pending, message] of cases) {
      const { code, message: text } = await refusal(hs, await pending);
      expect({ name, code }).toEqual({ name, code: 'UNAUTHENTICATED' });
      expect(text).toMatch(message);
    }
    expect((await refusal(hs, 'not-a-jwt')).message).toMatch(/not a well-formed JWT/);
    // alg "none": an unsigned token is never accepted.
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ role: 'NATIONAL_ADMIN', sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: 9999999999 })).toString('base64url')}.`;
    expect((await refusal(hs, unsigned)).message).toMatch(/signed with none; this gateway accepts HS256/);
  });

  it('verifies RS256 tokens with a configured public key, and refuses HS256 ones signed with that key as a secret', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const rs = new JwtAuthenticator({ publicKeyPem: pem, issuer: ISSUER, audience: AUDIENCE });
    const token = await sign(privateKey, 'RS256', { role: 'EPN_MANAGER', epnId: ADHERENT_ID });
    expect(await rs.viewerFrom(`Bearer ${token}`)).toEqual({ role: 'EPN_MANAGER', subject: 'user-1', epnId: ADHERENT_ID });
    // Algorithm confusion: the public key used as an HMAC secret must not pass.
    const confused = await sign(new TextEncoder().encode(pem), 'HS256', { role: 'NATIONAL_ADMIN' });
    expect((await refusal(rs, confused)).message).toMatch(/signed with HS256; this gateway accepts RS256/);
    const other = await generateKeyPair('RS256');
    expect((await refusal(rs, await sign(other.privateKey, 'RS256', { role: 'NATIONAL_ADMIN' }))).message).toMatch(/signature is invalid/);
  });

  it('verifies ES256 tokens against a JWKS endpoint, choosing the key by kid', async () => {
    const current = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(current.publicKey)), kid: 'key-2026', alg: 'ES256', use: 'sig' };
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
      const es = new JwtAuthenticator({ jwksUrl: url, issuer: ISSUER, audience: AUDIENCE });
      const token = await sign(current.privateKey, 'ES256', { role: 'ANALYST' }, { kid: 'key-2026' });
      expect(await es.viewerFrom(`Bearer ${token}`)).toEqual({ role: 'ANALYST', subject: 'user-1' });
      const stranger = await generateKeyPair('ES256');
      expect((await refusal(es, await sign(stranger.privateKey, 'ES256', { role: 'ANALYST' }, { kid: 'unknown-key' }))).message).toMatch(/No key/);
      expect((await refusal(es, await sign(stranger.privateKey, 'ES256', { role: 'ANALYST' }, { kid: 'key-2026' }))).message).toMatch(/signature is invalid/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('accepts gateway tokens back only from trusted national subgraphs, and never on the routes', async () => {
    const pair = generateGatewayKeyPair();
    const signer = new InternalTokenSigner(createPrivateKey(pair.privateKeyPem));
    const authenticator = new JwtAuthenticator({
      secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE,
      internal: { publicKey: createPublicKey(pair.publicKeyPem), trustedSubgraphs: ['adherents', 'epn', 'resources', 'events'] },
    });
    const viewer = { role: 'ADHERENT_ADMIN' as const, subject: 'user-9', adherentId: ADHERENT_ID };
    expect(await authenticator.authenticate(`Bearer ${await signer.tokenFor('epn', viewer)}`)).toEqual({ viewer: { ...viewer, epnId: null, subgraph: null }, callerSubgraph: 'epn' });
    await expect(authenticator.authenticate(`Bearer ${await signer.tokenFor('regional-bretagne', viewer)}`)).rejects.toThrow(/Only the national subgraphs/);
    await expect(authenticator.viewerFrom(`Bearer ${await signer.tokenFor('epn', viewer)}`)).rejects.toThrow(/Gateway tokens are not accepted here/);
    const foreign = new InternalTokenSigner(createPrivateKey(generateGatewayKeyPair().privateKeyPem));
    await expect(authenticator.authenticate(`Bearer ${await foreign.tokenFor('epn', viewer)}`)).rejects.toThrow(/signature invalid/);
  });
});

describe('tokens at the gateway and at the subgraphs', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  const COUNT = '{ epns(first: 1) { totalCount } }';

  it('refuses forged, expired, wrong-audience and wrong-issuer tokens with 401 UNAUTHENTICATED', async () => {
    const tokens = {
      forged: await signTestToken({ role: 'NATIONAL_ADMIN' }, { secret: 'a-forger-secret-of-at-least-32-chars!!' }),
      expired: await signTestToken({ role: 'NATIONAL_ADMIN' }, { expiresIn: '-1m' }),
      wrongAudience: await signTestToken({ role: 'NATIONAL_ADMIN' }, { audience: 'someone-else' }),
      wrongIssuer: await signTestToken({ role: 'NATIONAL_ADMIN' }, { issuer: 'someone-else' }),
    };
    for (const [name, token] of Object.entries(tokens)) {
      const response = await graph.query(COUNT, {}, token);
      expect({ name, status: response.status, code: firstError(response).extensions?.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
      expect(response.body.data).toBeUndefined();
    }
    const valid = await graph.query(COUNT, {}, await graph.token({ role: 'ANALYST' }));
    expect(valid.status).toBe(200);
    expect(valid.body.data.epns.totalCount).toBeGreaterThan(0);
  });

  it('protected operations: UNAUTHENTICATED without a token, FORBIDDEN with a role that may not, saying who may', async () => {
    const mutation = `mutation($id: ID!) { validateAdhesion(adhesionId: $id) { id } }`;
    const anonymous = await graph.query(mutation, { id: ADHERENT_ID });
    expect(firstError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await graph.query(mutation, { id: ADHERENT_ID }, await graph.token({ role: 'ANALYST' }));
    expect(firstError(analyst).extensions?.code).toBe('FORBIDDEN');
    expect(firstError(analyst).message).toBe('Only the national administrator may validate an adhesion; you are signed in as an analyst.');
  });

  it('every subgraph refuses a caller without the gateway credentials, or with another key', async () => {
    const stranger = new InternalTokenSigner(createPrivateKey(generateGatewayKeyPair().privateKeyPem));
    for (const [name, running] of graph.graph.subgraphs) {
      const call = (headers: Record<string, string>) =>
        fetch(running.server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });
      const bare = await call({});
      expect({ name, status: bare.status }).toEqual({ name, status: 401 });
      expect(((await bare.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const forged = await call({ [INTERNAL_TOKEN_HEADER]: await stranger.tokenFor(name, { role: 'NATIONAL_ADMIN', subject: 'x' }) });
      expect({ name, status: forged.status }).toEqual({ name, status: 401 });
      // A token the gateway signed for another subgraph is not valid here either.
      const other = name === 'epn' ? 'events' : 'epn';
      const misdirected = await call({ [INTERNAL_TOKEN_HEADER]: await new InternalTokenSigner(createPrivateKey(graph.keyPair.privateKeyPem)).tokenFor(other, { role: 'NATIONAL_ADMIN', subject: 'x' }) });
      expect({ name, status: misdirected.status }).toEqual({ name, status: 401 });
    }
  });

  it('a national subgraph may read the graph back with its gateway token, but not write; a regional one may not at all', async () => {
    const signer = new InternalTokenSigner(createPrivateKey(graph.keyPair.privateKeyPem));
    const viewer = { role: 'NATIONAL_ADMIN' as const, subject: 'admin-1' };
    const read = await graph.query(COUNT, {}, await signer.tokenFor('epn', viewer));
    expect(read.status).toBe(200);
    expect(read.body.data.epns.totalCount).toBeGreaterThan(0);
    const write = await graph.query(`mutation { createEventEdition(input: { kind: NATIONAL_MOMENT, name: "x", year: 2031, startsOn: "2031-01-01", endsOn: "2031-01-02" }) { id } }`, {}, await signer.tokenFor('events', viewer));
    expect(firstError(write).extensions?.code).toBe('FORBIDDEN');
    expect(firstError(write).message).toMatch(/may only read the graph/);
    expect((await graph.sql(`SELECT 1 FROM events.event_edition WHERE year = 2031`)).length).toBe(0);
    const regional = await graph.query(COUNT, {}, await signer.tokenFor('regional-bretagne', viewer));
    expect(regional.status).toBe(401);
    expect(firstError(regional).message).toMatch(/Only the national subgraphs \(adherents, epn, resources, events\)/);
  });
});
