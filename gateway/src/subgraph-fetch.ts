import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

/**
 * How the gateway calls subgraphs: node:http with kept-alive connections, and a timeout on the
 * whole exchange. Node's global fetch (undici behind WHATWG streams, plus an AbortSignal.timeout per
 * call) cost this gateway more CPU per subgraph call than all its own features together — the
 * benchmark's CPU profiles showed it (`npm run bench -- --cpu-prof`). Subgraph answers are small
 * JSON documents read whole, so nothing here needs streams.
 */
export type SubgraphFetch = (input: string, init: RequestInit) => Promise<SubgraphResponse>;

/** What @apollo/gateway reads of a fetch response (status, headers, body as text or JSON). */
export class SubgraphResponse {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, new Headers(this.headers), this.body);
  }
}

/** The error of a subgraph call that took longer than the timeout (named like fetch's). */
export class SubgraphTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export function subgraphFetch(timeoutMs: number): SubgraphFetch {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  return (input, init) =>
    new Promise<SubgraphResponse>((resolve, reject) => {
      const url = new URL(input);
      const secure = url.protocol === 'https:';
      const request = (secure ? https : http).request(url, {
        method: init.method ?? 'POST',
        headers: plainHeaders(init.headers, typeof init.body === 'string' ? Buffer.byteLength(init.body) : undefined),
        agent: secure ? agents.https : agents.http,
      });
      const timer = setTimeout(() => request.destroy(new SubgraphTimeoutError(`no answer in ${timeoutMs} ms`)), timeoutMs);
      request.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        response.once('end', () => {
          clearTimeout(timer);
          resolve(new SubgraphResponse(input, response.statusCode ?? 0, response.statusMessage ?? '', responseHeaders(response.headers), Buffer.concat(chunks).toString('utf8')));
        });
      });
      request.end(init.body as string | undefined);
    });
}

function plainHeaders(headers: RequestInit['headers'], length: number | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers) {
    const entries: Iterable<[string, string]> = typeof (headers as Headers)[Symbol.iterator] === 'function'
      ? (headers as Iterable<[string, string]>)
      : Object.entries(headers as Record<string, string>);
    for (const [name, value] of entries) out[name.toLowerCase()] = value;
  }
  if (length !== undefined) out['content-length'] = String(length);
  return out;
}

function responseHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) out.append(name, item);
    else out.set(name, value);
  }
  return out;
}
