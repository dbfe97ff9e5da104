import type { Redis } from 'ioredis';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, type InternalTokenSigner } from '../../subgraphs/kit/src';

export interface SubgraphStatus {
  status: 'up' | 'down';
  url: string;
  /** From the subgraph's own /ready when it has one. */
  database?: 'up' | 'down';
  latencyMs?: number;
  error?: string;
}

export interface Readiness {
  ready: boolean;
  body: {
    status: 'ready' | 'not ready';
    draining?: true;
    supergraph: { loaded: boolean; id: string | null; subgraphs: number };
    subgraphs: Record<string, SubgraphStatus>;
    redis?: 'up' | 'down';
  };
}

/**
 * /ready: the supergraph is loaded and every subgraph answers (Redis, when used, is reported). A subgraph built on the kit has a
 * /ready next to its /graphql that also checks its database; any other subgraph (a regional one on
 * another stack) is probed with `{ __typename }`, carrying a gateway token like any request. Checks
 * run in parallel with a timeout, and concurrent or repeated calls within a second share one round,
 * so load balancers polling every replica cannot flood the subgraphs.
 */
export class ReadinessProbe {
  private pending: Promise<Readiness> | null = null;
  private last: { at: number; result: Readiness } | null = null;

  constructor(
    private readonly options: {
      subgraphs: () => Map<string, string>;
      supergraphId: () => string | null;
      loaded: () => boolean;
      draining: () => boolean;
      signer: InternalTokenSigner;
      timeoutMs: number;
      redis: Redis | null;
      reuseForMs?: number;
    },
  ) {}

  async check(): Promise<Readiness> {
    const now = Date.now();
    if (this.last && now - this.last.at < (this.options.reuseForMs ?? 1000)) return this.decorate(this.last.result);
    this.pending ??= this.run().finally(() => {
      this.pending = null;
    });
    const result = await this.pending;
    this.last = { at: Date.now(), result };
    return this.decorate(result);
  }

  private decorate(result: Readiness): Readiness {
    if (!this.options.draining()) return result;
    return { ready: false, body: { ...result.body, status: 'not ready', draining: true } };
  }

  private async run(): Promise<Readiness> {
    const subgraphs = this.options.subgraphs();
    const entries = await Promise.all([...subgraphs].map(async ([name, url]) => [name, await this.probe(name, url)] as const));
    const redis = this.options.redis ? await this.pingRedis(this.options.redis) : undefined;
    const loaded = this.options.loaded();
    // Redis down degrades (cache misses, per-replica rate limits) but does not stop the graph: it is
    // reported, not made a reason to take every replica out of its load balancer.
    const ready = loaded && subgraphs.size > 0 && entries.every(([, s]) => s.status === 'up');
    return {
      ready,
      body: {
        status: ready ? 'ready' : 'not ready',
        supergraph: { loaded, id: this.options.supergraphId(), subgraphs: subgraphs.size },
        subgraphs: Object.fromEntries(entries),
        ...(redis ? { redis } : {}),
      },
    };
  }

  private async probe(name: string, url: string): Promise<SubgraphStatus> {
    const started = Date.now();
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const ready = await fetch(new URL('ready', url), { signal });
      const latencyMs = Date.now() - started;
      if (ready.status !== 404) {
        const body = (await ready.json().catch(() => ({}))) as { database?: 'up' | 'down' };
        const database = body.database === 'up' || body.database === 'down' ? body.database : undefined;
        if (ready.ok) return { status: 'up', url, database, latencyMs };
        return { status: 'down', url, database, latencyMs, error: `its /ready answered HTTP ${ready.status}${database === 'down' ? ' (database down)' : ''}` };
      }
      const probe = await fetch(url, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: await this.options.signer.tokenFor(name, ANONYMOUS) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = (await probe.json().catch(() => ({}))) as { data?: { __typename?: string } };
      if (probe.ok && body.data?.__typename) return { status: 'up', url, latencyMs: Date.now() - started };
      return { status: 'down', url, latencyMs: Date.now() - started, error: `{ __typename } answered HTTP ${probe.status}` };
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return { status: 'down', url, error: timedOut ? `no answer within ${this.options.timeoutMs} ms` : 'unreachable' };
    }
  }

  private async pingRedis(redis: Redis): Promise<'up' | 'down'> {
    try {
      const pong = await Promise.race([
        redis.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), this.options.timeoutMs).unref()),
      ]);
      return pong === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
