import { badUserInput } from './errors';
import { geography, type Territory, type TerritoryLevel, TERRITORY_LEVELS } from './geography';
import { connectionFromRows, decodeCursor, pageSize, type Connection, type PageArgs, type SortKey } from './pagination';

/** A `{ level, code }` pair from a query argument, checked against the official geography. */
export interface TerritoryRef {
  level: TerritoryLevel;
  code: string;
}

export function resolveTerritory(ref: TerritoryRef, argument = 'territory'): Territory {
  if (!TERRITORY_LEVELS.includes(ref.level)) throw badUserInput(`${argument}.level`, `must be one of ${TERRITORY_LEVELS.join(', ')}`);
  const territory = geography().get(ref.level, ref.code.trim());
  if (!territory) {
    throw badUserInput(`${argument}.code`, `"${ref.code}" is not a current ${ref.level.toLowerCase()} code of the official geography (COG)`);
  }
  return territory;
}

const byCode: SortKey<Territory>[] = [{ expression: 'code', direction: 'ASC', value: (t) => t.code }];

/** Paginates an in-memory list of territories by code. */
export function territoryConnection(territories: Territory[], args: PageArgs): Connection<Territory> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 1);
  const sorted = [...territories].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const start = after ? sorted.findIndex((t) => t.code > String(after[0])) : 0;
  const rows = start < 0 ? [] : sorted.slice(start, start + size + 1);
  return connectionFromRows(rows, size, byCode, () => sorted.length);
}

/**
 * Resolvers of the Territory entity's reference fields. The epn subgraph serves them; any subgraph
 * (a regional one included) may reuse them, since every process has the same geography.
 */
export const territoryReferenceResolvers = {
  __resolveReference(ref: TerritoryRef): Territory | null {
    return geography().get(ref.level, ref.code);
  },
  region(t: Territory): Territory | null {
    return t.regionCode ? geography().get('REGION', t.regionCode) : null;
  },
  departement(t: Territory): Territory | null {
    return t.departementCode ? geography().get('DEPARTEMENT', t.departementCode) : null;
  },
  epci(t: Territory): Territory | null {
    return t.epciCode ? geography().get('EPCI', t.epciCode) : null;
  },
  children(t: Territory, args: PageArgs): Connection<Territory> {
    return territoryConnection(geography().children(t), args);
  },
  epcis(t: Territory, args: PageArgs): Connection<Territory> {
    return territoryConnection(t.level === 'EPCI' || t.level === 'COMMUNE' ? [] : geography().epcisIn(t), args);
  },
};
