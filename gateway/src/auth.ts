import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import {
  ANONYMOUS, ConfigError, InternalTokenRejected, ROLES, appError, isInternalToken, isRole, isUuid, verifyInternalToken,
  type Role, type Viewer,
} from '../../subgraphs/kit/src';

/** Who is calling: the viewer, and the national subgraph when one reads the graph back for a rule. */
export interface Authentication {
  viewer: Viewer;
  /** Set when the bearer is the gateway's own token, presented back by a trusted national subgraph. */
  callerSubgraph: string | null;
}

/** Verifies client bearer tokens and turns their claims into the viewer passed to subgraphs. */
export interface Authenticator {
  /** Client tokens only (extra routes: dashboards, exports, admin APIs). */
  viewerFrom(authorization: string | undefined): Promise<Viewer>;
  /** Client tokens, and on /graphql the gateway tokens of national subgraphs reading the graph. */
  authenticate?(authorization: string | undefined): Promise<Authentication>;
}

export interface JwtSettings {
  /** HS256 secret (development). */
  secret?: string;
  /** The identity provider's public key, SPKI PEM: RSA (RS256) or P-256 (ES256). */
  publicKeyPem?: string;
  /** The identity provider's JWKS endpoint (RS256/ES256 keys chosen by `kid`, rotated without restart). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /**
   * Gateway tokens accepted back from subgraphs: the gateway's own public key and the names of the
   * national subgraphs trusted to read the graph (a regional subgraph's token is refused).
   */
  internal?: { publicKey: KeyObject; trustedSubgraphs: readonly string[] };
}

type VerificationKey = Uint8Array | KeyObject | ReturnType<typeof createRemoteJWKSet>;

const CLIENT_ROLES = ROLES.filter((role) => role !== 'ANONYMOUS');

/** The claim a role's token must carry, naming what the account acts for. */
const SCOPE_CLAIM: Partial<Record<Role, { claim: 'adherentId' | 'epnId' | 'subgraph'; what: string; uuid: boolean }>> = {
  ADHERENT_ADMIN: { claim: 'adherentId', what: 'the id of the adherent it administers', uuid: true },
  EPN_MANAGER: { claim: 'epnId', what: 'the id of the EPN it manages', uuid: true },
  REGIONAL_CENTRE: { claim: 'subgraph', what: 'the name of its regional subgraph', uuid: false },
};

const unauthenticated = (message: string) => appError('UNAUTHENTICATED', message);

export class JwtAuthenticator implements Authenticator {
  /** Verification key per accepted algorithm: a token is checked only with the key of its own algorithm. */
  private readonly keys = new Map<string, VerificationKey>();

  constructor(private readonly settings: JwtSettings) {
    if (settings.secret) this.keys.set('HS256', new TextEncoder().encode(settings.secret));
    if (settings.publicKeyPem && settings.jwksUrl) {
      throw new ConfigError('Invalid configuration: set JWT_PUBLIC_KEY (or _FILE) or JWT_JWKS_URL, not both');
    }
    if (settings.publicKeyPem) {
      const key = publicKeyOf(settings.publicKeyPem);
      this.keys.set(algorithmOf(key), key);
    }
    if (settings.jwksUrl) {
      const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
      this.keys.set('RS256', jwks);
      this.keys.set('ES256', jwks);
    }
  }

  /** The algorithms this gateway accepts, for messages and documentation. */
  get algorithms(): string[] {
    return [...this.keys.keys()];
  }

  async viewerFrom(authorization: string | undefined): Promise<Viewer> {
    const token = bearer(authorization);
    if (!token) return ANONYMOUS;
    if (isInternalToken(token)) throw unauthenticated('Gateway tokens are not accepted here: send a client token.');
    return this.verifyClientToken(token);
  }

  async authenticate(authorization: string | undefined): Promise<Authentication> {
    const token = bearer(authorization);
    if (!token) return { viewer: ANONYMOUS, callerSubgraph: null };
    if (isInternalToken(token)) return this.verifySubgraphCallback(token);
    return { viewer: await this.verifyClientToken(token), callerSubgraph: null };
  }

  private async verifySubgraphCallback(token: string): Promise<Authentication> {
    const internal = this.settings.internal;
    if (!internal) throw unauthenticated('This gateway does not accept gateway tokens back from subgraphs.');
    try {
      const { viewer, audience } = await verifyInternalToken(token, internal.publicKey, internal.trustedSubgraphs);
      return { viewer, callerSubgraph: audience };
    } catch (error) {
      const reason = error instanceof InternalTokenRejected ? error.message : 'gateway token rejected';
      throw unauthenticated(
        `Only the national subgraphs (${internal.trustedSubgraphs.join(', ')}) may read the graph with a gateway token (${reason}).`,
      );
    }
  }

  private async verifyClientToken(token: string): Promise<Viewer> {
    let algorithm: string | undefined;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('The bearer token is not a well-formed JWT.');
    }
    if (!this.keys.size) throw unauthenticated('This gateway accepts no tokens: no verification key is configured.');
    const key = algorithm ? this.keys.get(algorithm) : undefined;
    if (!key || !algorithm) {
      throw unauthenticated(`The token is signed with ${algorithm ?? 'no algorithm'}; this gateway accepts ${this.algorithms.join(' or ')} tokens.`);
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as never, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: [algorithm],
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 5,
      }));
    } catch (error) {
      throw this.explain(error);
    }
    return viewerOf(payload);
  }

  private explain(error: unknown): Error {
    if (error instanceof joseErrors.JWTExpired) return unauthenticated('The token has expired: sign in again.');
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      if (error.reason === 'missing') return unauthenticated(`The token has no "${error.claim}" claim; tokens must carry sub, exp and role.`);
      if (error.claim === 'aud') {
        return unauthenticated(`The token is meant for audience ${JSON.stringify(error.payload.aud ?? null)}; this gateway accepts only "${this.settings.audience}".`);
      }
      if (error.claim === 'iss') {
        return unauthenticated(`The token was issued by ${JSON.stringify(error.payload.iss ?? null)}; this gateway trusts only "${this.settings.issuer}".`);
      }
      return unauthenticated(`The token's "${error.claim}" claim is not accepted by this gateway (${error.reason}).`);
    }
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      return unauthenticated('The token signature is invalid: it was not signed by an issuer this gateway trusts.');
    }
    if (error instanceof joseErrors.JWKSNoMatchingKey) return unauthenticated("No key of the identity provider's key set matches this token.");
    // Errors that are not JOSE's come from fetching the key set (network, HTTP status).
    if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid || !(error instanceof joseErrors.JOSEError)) {
      return unauthenticated("The identity provider's keys could not be fetched, so the token cannot be verified now; try again later.");
    }
    return unauthenticated('The token is invalid (bad signature or format).');
  }
}

function bearer(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  return match[1];
}

/** The viewer of a verified client token; the role decides which scope claim it must carry, and keeps only that one. */
function viewerOf(payload: JWTPayload): Viewer {
  const role = payload.role;
  if (!isRole(role) || role === 'ANONYMOUS') {
    throw unauthenticated(`The token carries no known role: "role" must be one of ${CLIENT_ROLES.join(', ')}.`);
  }
  const viewer: Viewer = { role, subject: payload.sub as string };
  const scope = SCOPE_CLAIM[role];
  if (scope) {
    const value = payload[scope.claim];
    if (typeof value !== 'string' || !value || (scope.uuid && !isUuid(value))) {
      throw unauthenticated(`A ${role} token must carry the "${scope.claim}" claim: ${scope.what}${scope.uuid ? ' (a UUID)' : ''}.`);
    }
    viewer[scope.claim] = scope.uuid ? value.toLowerCase() : value;
  }
  return viewer;
}

function publicKeyOf(pem: string): KeyObject {
  try {
    return createPublicKey(pem.replace(/\\n/g, '\n'));
  } catch {
    throw new ConfigError('Invalid configuration: JWT_PUBLIC_KEY is not a PEM public key');
  }
}

function algorithmOf(key: KeyObject): 'RS256' | 'ES256' {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new ConfigError('Invalid configuration: JWT_PUBLIC_KEY must be an RSA key (RS256) or a P-256 EC key (ES256)');
}
