/** A cached answer: the exact bytes Apollo Server sent, so a hit costs no serialisation. */
export interface CachedResponse {
  body: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  operationName: string;
}

/**
 * Where cached answers live: process memory (one gateway) or Redis (replicas share it). Every answer
 * carries tags (the entities and scopes it depends on); invalidating a tag drops its answers.
 *
 * The epoch closes a race: an answer computed while a mutation invalidated what it depends on must
 * not be stored afterwards. A request reads the epoch with its lookup, and the store refuses the
 * answer if any invalidation happened since.
 */
export interface CacheStore {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<{ entry: CachedResponse | undefined; epoch: string }>;
  /** False when an invalidation happened since `epoch` (nothing stored). */
  set(key: string, entry: CachedResponse, tags: string[], epoch: string): Promise<boolean>;
  /** Drops every answer carrying one of the tags; returns how many. */
  invalidate(tags: string[]): Promise<number>;
  invalidateAll(): Promise<void>;
  close(): Promise<void>;
}
