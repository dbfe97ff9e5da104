import { GraphQLError } from 'graphql';

/**
 * A subgraph asking the graph (through the gateway) for another subgraph's data — data crosses
 * subgraphs only through the graph. Calls are anonymous: use it for public fields only. The URL is the
 * gateway's /graphql: GRAPH_URL for a subgraph process, or set by whoever starts the gateway in-process.
 */
let configuredUrl: string | null = null;

export function configureGraphClient(settings: { url: string | null }): void {
  configuredUrl = settings.url;
}

export class GraphClient {
  constructor(private readonly timeoutMs = 10_000, private readonly url: () => string | null = () => configuredUrl) {}

  async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const url = this.url();
    if (!url) throw unavailable('this subgraph does not know where the graph is (set GRAPH_URL to the gateway\'s /graphql URL)');
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw unavailable(`the graph did not answer (${error instanceof Error ? error.message : String(error)})`);
    }
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
    if (!body || body.errors?.length || !body.data) {
      throw unavailable(`the graph answered with an error: ${body?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
    }
    return body.data;
  }
}

function unavailable(reason: string): GraphQLError {
  return new GraphQLError(`Could not read from the graph: ${reason}.`, { extensions: { code: 'GRAPH_UNAVAILABLE' } });
}
