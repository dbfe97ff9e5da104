import type { Redis } from 'ioredis';
import type { CacheStore, CachedResponse } from './store';

/**
 * Answers in Redis, shared by every gateway replica. Layout under the key prefix:
 *   r:<key>   the answer: "<expiresAt>\n<operationName>\n<body>", expiring with its cache hint
 *   t:<tag>   sorted set of the answer keys carrying the tag, scored by their expiry (trimmed on write)
 *   epoch     incremented by every invalidation
 * Writes and invalidations are Lua scripts, so each is atomic against the others.
 */
const SET_SCRIPT = `
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[3] then return 0 end
local ttl = tonumber(ARGV[2])
local now = tonumber(ARGV[4])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
for i = 3, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  redis.call('ZADD', KEYS[i], now + ttl, KEYS[1])
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return 1
`;

const INVALIDATE_SCRIPT = `
redis.call('INCR', KEYS[1])
local removed = 0
for i = 2, #KEYS do
  local members = redis.call('ZRANGE', KEYS[i], 0, -1)
  for j = 1, #members, 500 do
    removed = removed + redis.call('DEL', unpack(members, j, math.min(j + 499, #members)))
  end
  redis.call('DEL', KEYS[i])
end
return removed
`;

type ScriptedRedis = Redis & {
  cacheSet(...args: (string | number)[]): Promise<number>;
  cacheInvalidate(...args: (string | number)[]): Promise<number>;
};

export class RedisCacheStore implements CacheStore {
  readonly kind = 'redis';
  private readonly redis: ScriptedRedis;
  private readonly epochKey: string;

  constructor(redis: Redis, private readonly prefix: string) {
    redis.defineCommand('cacheSet', { lua: SET_SCRIPT });
    redis.defineCommand('cacheInvalidate', { lua: INVALIDATE_SCRIPT });
    this.redis = redis as ScriptedRedis;
    this.epochKey = `${prefix}epoch`;
  }

  async get(key: string): Promise<{ entry: CachedResponse | undefined; epoch: string }> {
    const [value, epoch] = await this.redis.mget(this.entryKey(key), this.epochKey);
    return { entry: value ? parseEntry(value) : undefined, epoch: epoch ?? '0' };
  }

  async set(key: string, entry: CachedResponse, tags: string[], epoch: string): Promise<boolean> {
    const now = Date.now();
    const ttl = entry.expiresAt - now;
    if (ttl <= 0) return false;
    const value = `${entry.expiresAt}\n${entry.operationName}\n${entry.body}`;
    const keys = [this.entryKey(key), this.epochKey, ...tags.map((tag) => this.tagKey(tag))];
    return (await this.redis.cacheSet(keys.length, ...keys, value, ttl, epoch, now)) === 1;
  }

  async invalidate(tags: string[]): Promise<number> {
    return this.redis.cacheInvalidate(1 + tags.length, this.epochKey, ...tags.map((tag) => this.tagKey(tag)));
  }

  /** Rare (a mutation that named nothing it changed): scans the prefix rather than slowing every lookup. */
  async invalidateAll(): Promise<void> {
    await this.redis.incr(this.epochKey);
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}[rt]:*`, 'COUNT', '1000');
      if (keys.length) await this.redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  async close(): Promise<void> {
    // The Redis connection is shared with the rate limiter and APQ; its owner closes it.
  }

  private entryKey(key: string): string {
    return `${this.prefix}r:${key}`;
  }

  private tagKey(tag: string): string {
    return `${this.prefix}t:${tag}`;
  }
}

function parseEntry(value: string): CachedResponse | undefined {
  const first = value.indexOf('\n');
  const second = value.indexOf('\n', first + 1);
  if (first < 0 || second < 0) return undefined;
  return { expiresAt: Number(value.slice(0, first)), operationName: value.slice(first + 1, second), body: value.slice(second + 1) };
}
