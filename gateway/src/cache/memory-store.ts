import { LRUCache } from 'lru-cache';
import type { CacheStore, CachedResponse } from './store';

interface Entry extends CachedResponse {
  tags: string[];
}

/** Answers in process memory: an LRU bounded in bytes, each entry living as long as its cache hint. */
export class MemoryCacheStore implements CacheStore {
  readonly kind = 'memory';
  private epoch = 0;
  private readonly byTag = new Map<string, Set<string>>();
  private readonly lru: LRUCache<string, Entry>;

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      // UTF-16 strings, plus the key, the tags and bookkeeping.
      sizeCalculation: (entry, key) => 2 * (entry.body.length + key.length + entry.operationName.length) + 64 * (entry.tags.length + 1),
      dispose: (entry, key) => this.unindex(key, entry.tags),
    });
  }

  async get(key: string): Promise<{ entry: CachedResponse | undefined; epoch: string }> {
    return { entry: this.lru.get(key), epoch: String(this.epoch) };
  }

  async set(key: string, entry: CachedResponse, tags: string[], epoch: string): Promise<boolean> {
    const ttl = entry.expiresAt - Date.now();
    if (epoch !== String(this.epoch) || ttl <= 0) return false;
    this.lru.set(key, { ...entry, tags }, { ttl });
    if (!this.lru.has(key)) return false;
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    return true;
  }

  async invalidate(tags: string[]): Promise<number> {
    this.epoch += 1;
    let removed = 0;
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) if (this.lru.delete(key)) removed += 1;
      this.byTag.delete(tag);
    }
    return removed;
  }

  async invalidateAll(): Promise<void> {
    this.epoch += 1;
    this.lru.clear();
  }

  async close(): Promise<void> {
    this.lru.clear();
  }

  private unindex(key: string, tags: string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (!keys.size) this.byTag.delete(tag);
    }
  }
}
