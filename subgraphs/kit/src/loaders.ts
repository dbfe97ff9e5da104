import DataLoader from 'dataloader';

/**
 * A per-request loader for rows fetched by key. Results come back in the order of the keys asked
 * (what `_entities` requires), with null for a key that has no row.
 */
export function keyedLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V>();
    for (const row of rows) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  }, { maxBatchSize: 1000 });
}

/** A per-request loader for one-to-many: every key gets its (possibly empty) list. */
export function groupedLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const list = byKey.get(keyOf(row)) ?? [];
      list.push(row);
      byKey.set(keyOf(row), list);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  }, { maxBatchSize: 1000 });
}

/**
 * Batches a nested field by parent when parents share the same arguments: keys are
 * `{ parentId, args }`, batches are split per distinct argument set.
 */
export function parentArgsLoader<A, V>(
  fetch: (parentIds: readonly string[], args: A) => Promise<Map<string, V>>,
  empty: () => V,
): DataLoader<{ parentId: string; args: A }, V, string> {
  return new DataLoader<{ parentId: string; args: A }, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const key of keys) {
        const argsKey = stableKey(key.args);
        const group = groups.get(argsKey) ?? { args: key.args, ids: [] };
        group.ids.push(key.parentId);
        groups.set(argsKey, group);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.entries()].map(async ([argsKey, group]) => {
          const byParent = await fetch(group.ids, group.args);
          for (const id of group.ids) results.set(`${id}|${argsKey}`, byParent.get(id) ?? empty());
        }),
      );
      return keys.map((key) => results.get(`${key.parentId}|${stableKey(key.args)}`) ?? empty());
    },
    { cacheKeyFn: (key) => `${key.parentId}|${stableKey(key.args)}` },
  );
}

/** JSON with sorted keys, so equal argument objects give equal loader keys. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
