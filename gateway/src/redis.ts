import { Redis } from 'ioredis';
import type { Logger } from '../../subgraphs/kit/src';

/**
 * One Redis connection per gateway, shared by the response cache, the rate limiter and the APQ
 * cache. Commands fail fast while Redis is away (each user degrades on its own: cache misses,
 * in-memory rate limiting) instead of queueing behind a dead connection; the gateway also starts
 * without it, reconnecting in the background, as it would run on after losing it.
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn({ err: error.message }, 'Redis unavailable: cache misses and in-memory rate limiting until it is back');
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.info('Redis is back');
    down = false;
  });
  try {
    await redis.connect();
  } catch (error) {
    logger.error({ redis: redactedUrl(url), err: error instanceof Error ? error.message : error }, 'cannot reach Redis (REDIS_URL) at start: running without it until it answers');
  }
  return redis;
}

function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Apollo Server's KeyValueCache over Redis, for APQ documents shared by every replica. */
export class RedisKeyValueCache {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', options.ttl);
    else await this.redis.set(this.prefix + key, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}
