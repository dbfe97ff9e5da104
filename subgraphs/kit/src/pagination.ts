import type { DataSource, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors';
import DataLoader from 'dataloader';
import { hydrate } from './database';
import { parentArgsLoader } from './loaders';

/** Relay cursor connections: every list field of the graph is one, with a maximum page size. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Computed only when a client asks for it (graphql-js calls function-valued properties). */
  totalCount?: () => Promise<number> | number;
}

export type CursorValue = string | number | boolean | null;

export interface PageLimits {
  defaultSize: number;
  maxSize: number;
}

let limits: PageLimits = { defaultSize: 20, maxSize: 100 };

/** Set once at start-up from MAX_PAGE_SIZE / DEFAULT_PAGE_SIZE. */
export function configurePagination(next: PageLimits): void {
  if (next.defaultSize > next.maxSize) throw new Error('DEFAULT_PAGE_SIZE must not exceed MAX_PAGE_SIZE');
  limits = next;
}

export function pageLimits(): PageLimits {
  return limits;
}

/** The number of rows to return for `first`, refusing sizes outside 1..max with the argument named. */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) return limits.defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > limits.maxSize) {
    throw badUserInput(argument, `must be between 1 and ${limits.maxSize} (the maximum page size), got ${first}`, {
      maximum: limits.maxSize,
    });
  }
  return first;
}

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor for a list sorted on `arity` keys; anything else is refused. */
export function decodeCursor(cursor: string | null | undefined, arity: number, argument = 'after'): CursorValue[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  const valid =
    Array.isArray(values) &&
    values.length === arity &&
    values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (!valid) throw badUserInput(argument, 'is not a cursor returned by this list (use pageInfo.endCursor)');
  return values as CursorValue[];
}

/** One sort key of a keyset-paginated list. The last key must be unique (usually the id) so order is total. */
export interface SortKey<T> {
  /** SQL expression, e.g. `e.name` or `lower(e.name)`; never built from user input. */
  expression: string;
  direction: 'ASC' | 'DESC';
  value: (row: T) => CursorValue;
}

/**
 * Builds the keyset condition "strictly after this cursor" for mixed sort directions, as
 * (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … — stable even when rows are inserted meanwhile.
 */
export function keysetCondition<T>(keys: SortKey<T>[], after: CursorValue[], param: (index: number, value: CursorValue) => string): string {
  const clauses: string[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const parts: string[] = [];
    for (let j = 0; j < i; j += 1) parts.push(`${keys[j].expression} = ${param(j, after[j])}`);
    parts.push(`${keys[i].expression} ${keys[i].direction === 'ASC' ? '>' : '<'} ${param(i, after[i])}`);
    clauses.push(`(${parts.join(' AND ')})`);
  }
  return `(${clauses.join(' OR ')})`;
}

export function orderByClause<T>(keys: SortKey<T>[]): string {
  return keys.map((k) => `${k.expression} ${k.direction}`).join(', ');
}

export function connectionFromRows<T>(rows: T[], size: number, keys: SortKey<T>[], totalCount?: () => Promise<number> | number): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keys.map((k) => k.value(node))) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    ...(totalCount ? { totalCount } : {}),
  };
}

/** Paginates a TypeORM query builder by keyset; `totalCount` runs a COUNT only if the client selects it. */
export async function paginateQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, keys: SortKey<T>[], args: PageArgs): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, keys.length);
  const countQuery = qb.clone();
  if (after) {
    qb.andWhere(
      keysetCondition(keys, after, (i, value) => {
        const name = `cursor_${i}`;
        qb.setParameter(name, value);
        return `:${name}`;
      }),
    );
  }
  qb.orderBy();
  for (const key of keys) qb.addOrderBy(key.expression, key.direction);
  const rows = await qb.limit(size + 1).getMany();
  // Once per connection, however many parents share it (every labelled EPN shares the same offers page).
  let count: Promise<number> | undefined;
  return connectionFromRows(rows, size, keys, () => (count ??= countQuery.getCount()));
}

/** How to find the children of a parent for a nested connection (e.g. the events of an EPN). */
export interface NestedSpec<T> {
  /** SQL source of the children, aliased by `alias` in keys and conditions; defaults to the entity's table. */
  from?: string;
  alias: string;
  parentColumn: string;
  parentType: 'uuid' | 'text';
  keys: SortKey<T>[];
  /** Extra SQL condition on the children, with $n placeholders numbered from 2 (parameters follow `params`). */
  where?: string;
  params?: unknown[];
}

/**
 * Loads one page of children for many parents in a single statement (a LATERAL join per parent),
 * so a list of N parents with a nested connection costs one query, not N. `totalCount`, when asked,
 * is one grouped COUNT for the whole batch.
 */
export class NestedConnections<T extends ObjectLiteral> {
  private readonly pages: DataLoader<{ parentId: string; args: PageArgs }, Connection<T>, string>;
  private readonly counts: DataLoader<string, number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: Repository<T>,
    private readonly spec: NestedSpec<T>,
  ) {
    this.pages = parentArgsLoader<PageArgs, Connection<T>>((ids, args) => this.loadPages(ids, args), () => connectionFromRows([], 0, spec.keys));
    this.counts = new DataLoader<string, number>(async (ids) => {
      const { alias, parentColumn, parentType } = this.spec;
      const where = this.spec.where ? ` AND (${this.spec.where})` : '';
      const rows: { parent: string; count: number }[] = await this.dataSource.query(
        `SELECT ${alias}.${parentColumn}::text AS parent, count(*)::int AS count FROM ${this.source()} ${alias}
          WHERE ${alias}.${parentColumn} = ANY($1::${parentType}[])${where} GROUP BY 1`,
        [ids, ...(this.spec.params ?? [])],
      );
      const byParent = new Map(rows.map((r) => [r.parent, r.count]));
      return ids.map((id) => byParent.get(id) ?? 0);
    });
  }

  load(parentId: string, args: PageArgs): Promise<Connection<T>> {
    return this.pages.load({ parentId, args: { first: args.first ?? null, after: args.after ?? null } });
  }

  private source(): string {
    const { metadata } = this.repository;
    return this.spec.from ?? `"${metadata.schema}"."${metadata.tableName}"`;
  }

  private async loadPages(parentIds: readonly string[], args: PageArgs): Promise<Map<string, Connection<T>>> {
    const { alias, parentColumn, parentType, keys } = this.spec;
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, keys.length);
    const params: unknown[] = [parentIds, ...(this.spec.params ?? [])];
    const conditions = [`${alias}.${parentColumn} = p.parent_id`];
    if (this.spec.where) conditions.push(`(${this.spec.where})`);
    if (after) {
      conditions.push(
        keysetCondition(keys, after, (_i, value) => {
          params.push(value);
          return `$${params.length}`;
        }),
      );
    }
    params.push(size + 1);
    const sql = `SELECT p.parent_id::text AS "__parent", ${alias}.* FROM unnest($1::${parentType}[]) AS p(parent_id)
      CROSS JOIN LATERAL (SELECT ${alias}.* FROM ${this.source()} ${alias} WHERE ${conditions.join(' AND ')}
        ORDER BY ${orderByClause(keys)} LIMIT $${params.length}) ${alias}`;
    const raw: Record<string, unknown>[] = await this.dataSource.query(sql, params);
    const rowsByParent = new Map<string, T[]>();
    for (const row of raw) {
      const parent = row.__parent as string;
      const list = rowsByParent.get(parent) ?? [];
      list.push(hydrate(this.repository, row));
      rowsByParent.set(parent, list);
    }
    return new Map(
      parentIds.map((id) => [id, connectionFromRows(rowsByParent.get(id) ?? [], size, keys, () => this.counts.load(id))]),
    );
  }
}
