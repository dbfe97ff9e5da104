import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { ANONYMOUS, isRole, type Viewer } from './viewer';

/**
 * Gateway → subgraph trust. The gateway signs, per subgraph, a short-lived token that carries the
 * verified viewer (Ed25519). Subgraphs only hold the public key, so a regional centre that receives
 * such tokens can neither forge one nor replay it against another subgraph (the audience is the
 * subgraph's name).
 */
export const INTERNAL_TOKEN_HEADER = 'x-netpublic-gateway-token';
const ISSUER = 'netpublic-gateway';
const TOKEN_LIFETIME_S = 300;
const REUSE_FOR_MS = 240_000;

export class InternalTokenSigner {
  private readonly cache = new Map<string, { token: string; until: number }>();

  constructor(private readonly privateKey: KeyObject) {}

  async tokenFor(audience: string, viewer: Viewer): Promise<string> {
    const cacheKey = `${audience}|${viewer.role}|${viewer.subject ?? ''}|${viewer.adherentId ?? ''}|${viewer.epnId ?? ''}|${viewer.subgraph ?? ''}`;
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.until > now) return cached.token;
    const token = await new SignJWT({ viewer: compactViewer(viewer) })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_LIFETIME_S}s`)
      .sign(this.privateKey);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(cacheKey, { token, until: now + REUSE_FOR_MS });
    return token;
  }
}

export class InternalTokenRejected extends Error {
  override name = 'InternalTokenRejected';
}

export class InternalTokenVerifier {
  private readonly cache = new Map<string, { viewer: Viewer; until: number }>();

  constructor(private readonly publicKey: KeyObject, private readonly audience: string) {}

  /** The viewer carried by a gateway token; throws InternalTokenRejected with the reason otherwise. */
  async verify(token: string | undefined): Promise<Viewer> {
    if (!token) throw new InternalTokenRejected('missing gateway token');
    const now = Date.now();
    const cached = this.cache.get(token);
    if (cached && cached.until > now) return cached.viewer;
    const { viewer, expiresAt } = await verifyInternalToken(token, this.publicKey, [this.audience]);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, { viewer, until: Math.min(expiresAt, now + 60_000) });
    return viewer;
  }
}

/**
 * Verifies a gateway token for one of `audiences` (subgraph names). The gateway also uses it when a
 * national subgraph reads the graph back with the token it received.
 */
export async function verifyInternalToken(token: string, publicKey: KeyObject, audiences: readonly string[]): Promise<{ viewer: Viewer; audience: string; expiresAt: number }> {
  try {
    const { payload } = await jwtVerify(token, publicKey, { issuer: ISSUER, audience: [...audiences], algorithms: ['EdDSA'], requiredClaims: ['exp'] });
    const audience = (Array.isArray(payload.aud) ? payload.aud : [payload.aud]).find((aud): aud is string => typeof aud === 'string' && audiences.includes(aud));
    if (!audience) throw new InternalTokenRejected('gateway token aud claim rejected');
    return { viewer: parseViewer(payload.viewer), audience, expiresAt: (payload.exp ?? 0) * 1000 };
  } catch (error) {
    if (error instanceof InternalTokenRejected) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InternalTokenRejected('gateway token expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) throw new InternalTokenRejected(`gateway token ${error.claim} claim rejected`);
    throw new InternalTokenRejected('gateway token signature invalid');
  }
}

/** Whether a compact JWT is a gateway token (its issuer), read without verifying anything. */
export function isInternalToken(token: string): boolean {
  try {
    const [, payload] = token.split('.');
    return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown }).iss === ISSUER;
  } catch {
    return false;
  }
}

function compactViewer(viewer: Viewer): Record<string, string> {
  const out: Record<string, string> = { role: viewer.role };
  if (viewer.subject) out.subject = viewer.subject;
  if (viewer.adherentId) out.adherentId = viewer.adherentId;
  if (viewer.epnId) out.epnId = viewer.epnId;
  if (viewer.subgraph) out.subgraph = viewer.subgraph;
  return out;
}

function parseViewer(value: unknown): Viewer {
  if (!value || typeof value !== 'object') return ANONYMOUS;
  const claims = value as Record<string, unknown>;
  if (!isRole(claims.role)) throw new InternalTokenRejected('gateway token carries an unknown role');
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    role: claims.role,
    subject: text(claims.subject),
    adherentId: text(claims.adherentId),
    epnId: text(claims.epnId),
    subgraph: text(claims.subgraph),
  };
}

export interface GatewayKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generateGatewayKeyPair(): GatewayKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Development only: a key pair kept under the git-ignored data folder, created on first start. */
export function ensureDevKeyPair(dir: string): GatewayKeyPair {
  const privatePath = path.join(dir, 'gateway-ed25519.pem');
  const publicPath = path.join(dir, 'gateway-ed25519.pub.pem');
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privateKeyPem: readFileSync(privatePath, 'utf8'), publicKeyPem: readFileSync(publicPath, 'utf8') };
  }
  mkdirSync(dir, { recursive: true });
  const pair = generateGatewayKeyPair();
  writeFileSync(privatePath, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(publicPath, pair.publicKeyPem);
  return pair;
}

/** PEM from an environment value; literal "\n" sequences are accepted so keys fit on one line. */
export function privateKeyFromPem(pem: string): KeyObject {
  return createPrivateKey(pem.replace(/\\n/g, '\n'));
}

export function publicKeyFromPem(pem: string): KeyObject {
  return createPublicKey(pem.replace(/\\n/g, '\n'));
}
