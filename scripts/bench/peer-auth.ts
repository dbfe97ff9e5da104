import { jwtVerify } from 'jose';
// The two modules themselves, not the kit's index: a peer gateway's process must not load TypeORM and pg.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { InternalTokenSigner, isInternalToken, privateKeyFromPem, verifyInternalToken } from '../../subgraphs/kit/src/internal-auth';
import { ANONYMOUS, isRole, type Viewer } from '../../subgraphs/kit/src/viewer';

/**
 * What the peer gateways (stock @apollo/gateway, Hive Gateway) need to call our subgraphs at all,
 * and nothing more: the subgraphs answer only a request carrying a gateway token signed for them
 * (Ed25519, audience = the subgraph's name) that names the viewer. Our gateway gets the viewer by
 * verifying the client's JWT; so do the peers, here, with the same secret, issuer and audience, so
 * that every gateway serves the signed-in workloads as the same viewer and does the same work for it
 * (one HS256 verification per request, one cached signature per subgraph and viewer). What the peers
 * skip is what makes ours ours: the checks of roles and scope claims, limits, trusted documents…
 * Like ours, the peers accept a subgraph's gateway token back (a subgraph reading the graph as the
 * viewer of the request it serves, e.g. the live adhesion check of the adherent dashboard).
 */
const NATIONAL_SUBGRAPHS = ['adherents', 'epn', 'resources', 'events'];

export class PeerSubgraphAuth {
  private readonly signer: InternalTokenSigner;
  private readonly secret: Uint8Array;
  private readonly publicKey: KeyObject;

  constructor(settings: { gatewayPrivateKeyPem: string; jwtSecret: string; issuer?: string; audience?: string }, private readonly claims = {
    issuer: settings.issuer ?? 'netpublic-graph', audience: settings.audience ?? 'netpublic-graph',
  }) {
    const privateKey = privateKeyFromPem(settings.gatewayPrivateKeyPem);
    this.signer = new InternalTokenSigner(privateKey);
    this.publicKey = createPublicKey(privateKey);
    this.secret = new TextEncoder().encode(settings.jwtSecret);
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): PeerSubgraphAuth {
    const gatewayPrivateKeyPem = env.GATEWAY_PRIVATE_KEY;
    const jwtSecret = env.JWT_SECRET;
    if (!gatewayPrivateKeyPem || !jwtSecret) throw new Error('The peer gateways of the benchmark need GATEWAY_PRIVATE_KEY and JWT_SECRET.');
    return new PeerSubgraphAuth({ gatewayPrivateKeyPem, jwtSecret });
  }

  /** The viewer of an `Authorization` header: anonymous without one; a bad token throws. */
  async viewer(authorization: string | null | undefined): Promise<Viewer> {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
    if (!token) return ANONYMOUS;
    if (isInternalToken(token)) return (await verifyInternalToken(token, this.publicKey, NATIONAL_SUBGRAPHS)).viewer;
    const { payload } = await jwtVerify(token, this.secret, { ...this.claims, algorithms: ['HS256'] });
    if (!isRole(payload.role)) throw new Error('The token carries no known role.');
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return { role: payload.role, subject: text(payload.sub), adherentId: text(payload.adherentId), epnId: text(payload.epnId) };
  }

  /** The gateway token header value for one subgraph and viewer. */
  tokenFor(subgraph: string, viewer: Viewer): Promise<string> {
    return this.signer.tokenFor(subgraph, viewer);
  }
}
