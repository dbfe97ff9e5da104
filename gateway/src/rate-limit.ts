import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../../subgraphs/kit/src';

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Requests per client in a fixed window (rate-limiter-flexible): a client is its token's subject, or
 * its address when anonymous. With Redis the counters are shared by every gateway replica; if Redis
 * fails, each replica falls back to counting in its own memory rather than refusing or waving
 * everything through.
 */
export class RateLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    readonly requests: number,
    readonly windowSeconds: number,
    redis: { client: Redis; keyPrefix: string } | null,
    private readonly logger: Logger,
  ) {
    const memory = new RateLimiterMemory({ points: requests, duration: windowSeconds });
    this.limiter = redis
      ? new RateLimiterRedis({ storeClient: redis.client, keyPrefix: `${redis.keyPrefix}rl`, points: requests, duration: windowSeconds, insuranceLimiter: memory })
      : memory;
  }

  async consume(client: string): Promise<RateLimitVerdict> {
    try {
      await this.limiter.consume(client);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      this.logger.warn({ err: rejection }, 'rate limiter unavailable: request allowed');
      return { allowed: true };
    }
  }

  message(retryAfterSeconds: number): string {
    return `Too many requests from this client: at most ${this.requests} per ${this.windowSeconds} s (RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_S). Retry in ${retryAfterSeconds} s.`;
  }
}
