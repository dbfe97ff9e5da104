import { SignJWT } from 'jose';

/**
 * A development client token (HS256 with the shared secret), as the gateway accepts it without a
 * JWKS: for `npm run token` and the benchmarks. Issuer and audience default to the gateway's.
 */
export function signDevToken(
  secret: string,
  claims: Record<string, string>,
  options: { subject: string; expiresIn?: string; issuer?: string; audience?: string },
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject)
    .setIssuer(options.issuer ?? 'netpublic-graph')
    .setAudience(options.audience ?? 'netpublic-graph')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(secret));
}
