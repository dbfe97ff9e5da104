import { appError } from './errors';
import type { Logger } from './logger';

/**
 * Reads the graph from inside a subgraph, as the viewer of the request being served.
 *
 * Some rules need another subgraph's data at the moment of a write (is this adherent validated, does
 * its ressort hold this commune, is this EPN's label active). Subgraphs never read each other's
 * tables and never trust a token claim for such facts: they ask the gateway, presenting the
 * internal token the gateway gave them for this request. The gateway accepts it only from national
 * subgraphs and only for queries, so the callback can read exactly what the viewer could read.
 */
export interface GraphClientOptions {
  /** The gateway's /graphql endpoint; resolved at call time (in one process it is known only once the gateway listens). */
  url: () => string | undefined;
  /** The internal token of the request being served (x-netpublic-gateway-token). */
  token: string | null;
  requestId: string;
  logger: Logger;
  timeoutMs?: number;
}

/** What a graph read is for, said in errors: « check that the adherent may act on this EPN ». */
export type Purpose = string;

export class GraphClient {
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(private readonly options: GraphClientOptions) {}

  /** A client that cannot reach the graph (a lone subgraph in tests, or GATEWAY_URL unset). */
  static unconfigured(logger: Logger, requestId = 'none'): GraphClient {
    return new GraphClient({ url: () => undefined, token: null, requestId, logger });
  }

  /**
   * Runs a query through the gateway and returns its data. Identical reads within one request are
   * made once. Any failure (gateway down, the subgraph that owns the data down, an error on a field
   * the caller needs) becomes GRAPH_UNAVAILABLE naming the purpose, so a mutation stops before
   * writing anything.
   */
  query<T>(purpose: Purpose, document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const key = `${document}\u0000${JSON.stringify(variables)}`;
    let pending = this.memo.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = this.send<T>(purpose, document, variables);
      this.memo.set(key, pending);
    }
    return pending;
  }

  private async send<T>(purpose: Purpose, document: string, variables: Record<string, unknown>): Promise<T> {
    const url = this.options.url();
    if (!url) throw unavailable(purpose, 'this subgraph does not know the gateway (GATEWAY_URL is not set)');
    if (!this.options.token) throw unavailable(purpose, 'the request carries no gateway token to read the graph with');
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.options.token}`,
          'x-request-id': this.options.requestId,
        },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      this.options.logger.warn({ err: error, purpose }, 'graph read failed');
      throw unavailable(purpose, timedOut ? 'the gateway did not answer in time' : 'the gateway cannot be reached');
    }
    let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw unavailable(purpose, `the gateway answered HTTP ${response.status} without a GraphQL body`);
    }
    if (body.errors?.length || !body.data) {
      const first = body.errors?.[0];
      const subgraph = typeof first?.extensions?.subgraph === 'string' ? first.extensions.subgraph : null;
      this.options.logger.warn({ purpose, errors: body.errors, status: response.status }, 'graph read returned errors');
      throw unavailable(purpose, first ? first.message : `the gateway answered HTTP ${response.status} without data`, subgraph);
    }
    return body.data;
  }
}

function unavailable(purpose: Purpose, cause: string, subgraph: string | null = null) {
  return appError('GRAPH_UNAVAILABLE', `Could not ${purpose} through the graph: ${cause}. Nothing was changed; try again later.`, {
    ...(subgraph ? { subgraph } : {}),
  });
}
