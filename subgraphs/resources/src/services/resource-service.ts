import DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import {
  connectionFromRows, keyedLoader, pageSize, paginateQuery, stableKey, UUID_PATTERN, type Connection, type PageArgs, type SortKey, type Viewer,
} from '../../../kit/src';
import { ResourceEntity } from '../entities';
import type { ResourceKind } from '../entities/Resource';

/** A resource as resolvers see it: `urlUnlocked` when its manager reached it through a labelled EPN. */
export type ResourceModel = ResourceEntity & { urlUnlocked?: boolean };

/** An EPN by key, with its label status when the gateway supplied it (@requires). */
export interface EpnRef {
  id: string;
  hasActiveLabel?: boolean;
}

export interface ResourceFilterInput {
  kind?: ResourceKind | null;
  reserved?: boolean | null;
}

const NEWEST_RESOURCE_FIRST: SortKey<ResourceEntity>[] = [
  { expression: 'r.published_on', direction: 'DESC', value: (r) => r.publishedOn },
  { expression: 'r.id', direction: 'DESC', value: (r) => r.id },
];


export class ResourceService {
  private readonly repository: Repository<ResourceEntity>;
  private readonly byId: DataLoader<string, ResourceEntity | null>;
  // Every labelled EPN sees the same reserved resources: one query per distinct page, however many EPN.
  private readonly reservedPages: DataLoader<PageArgs, Connection<ResourceEntity>, string>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(ResourceEntity);
    this.byId = keyedLoader(async (ids) => {
      const valid = ids.filter((id) => UUID_PATTERN.test(id));
      return valid.length ? this.repository.findBy({ id: In(valid) }) : [];
    }, (r) => r.id);
    this.reservedPages = new DataLoader<PageArgs, Connection<ResourceEntity>, string>(
      (pages) => Promise.all(pages.map((page) => this.list({ reserved: true }, page))),
      { cacheKeyFn: (page) => stableKey({ first: page.first ?? null, after: page.after ?? null }) },
    );
  }

  get(id: string): Promise<ResourceEntity | null> {
    return this.byId.load(id.toLowerCase());
  }

  list(filter: ResourceFilterInput | null | undefined, page: PageArgs): Promise<Connection<ResourceEntity>> {
    const qb = this.repository.createQueryBuilder('r');
    if (filter?.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter?.reserved !== undefined && filter?.reserved !== null) qb.andWhere('r.reserved = :reserved', { reserved: filter.reserved });
    return paginateQuery(qb, NEWEST_RESOURCE_FIRST, page);
  }

  /**
   * The reserved resources an EPN may use: all of them while its label is active (the epn subgraph
   * says so through the graph, never the token), none otherwise. Their url is the benefit itself,
   * given to the EPN's own managers (« ses identifiants » in the charter), not to anyone looking.
   */
  async reservedFor(viewer: Viewer, epn: EpnRef, page: PageArgs): Promise<Connection<ResourceModel>> {
    if (epn.hasActiveLabel !== true) {
      pageSize(page.first);
      return connectionFromRows([], 0, NEWEST_RESOURCE_FIRST, () => 0);
    }
    const connection = await this.reservedPages.load(page);
    if (!(viewer.role === 'EPN_MANAGER' && viewer.epnId === epn.id)) return connection;
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: { ...edge.node, urlUnlocked: true } })) };
  }

  /** A reserved resource's url only for the national administrator or a labelled EPN's managers. */
  urlFor(viewer: Viewer, resource: ResourceModel): string | null {
    return !resource.reserved || resource.urlUnlocked || viewer.role === 'NATIONAL_ADMIN' ? resource.url : null;
  }
}
