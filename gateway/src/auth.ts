import { jwtVerify, errors as joseErrors } from 'jose';
import { ANONYMOUS, appError, isRole, type Viewer } from '../../subgraphs/kit/src';

/** Verifies client bearer tokens and turns their claims into the viewer passed to subgraphs. */
export interface Authenticator {
  viewerFrom(authorization: string | undefined): Promise<Viewer>;
}

export interface JwtSettings {
  /** HS256 secret (development). */
  secret?: string;
  issuer: string;
  audience: string;
}

export class JwtAuthenticator implements Authenticator {
  private readonly key: Uint8Array | null;

  constructor(private readonly settings: JwtSettings) {
    this.key = settings.secret ? new TextEncoder().encode(settings.secret) : null;
  }

  async viewerFrom(authorization: string | undefined): Promise<Viewer> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw appError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
    if (!this.key) throw appError('UNAUTHENTICATED', 'This gateway accepts no tokens: no verification key is configured.');
    try {
      const { payload } = await jwtVerify(match[1], this.key, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ['HS256'],
      });
      if (!isRole(payload.role) || payload.role === 'ANONYMOUS') throw appError('UNAUTHENTICATED', 'The token carries no known role.');
      return {
        role: payload.role,
        subject: typeof payload.sub === 'string' ? payload.sub : null,
        adherentId: typeof payload.adherentId === 'string' ? payload.adherentId : null,
        epnId: typeof payload.epnId === 'string' ? payload.epnId : null,
        subgraph: typeof payload.subgraph === 'string' ? payload.subgraph : null,
      };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw appError('UNAUTHENTICATED', 'The token has expired: sign in again.');
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        throw appError('UNAUTHENTICATED', `The token's "${error.claim}" claim is not accepted by this gateway.`);
      }
      if (error instanceof Error && 'extensions' in error) throw error;
      throw appError('UNAUTHENTICATED', 'The token is invalid (bad signature or format).');
    }
  }
}
