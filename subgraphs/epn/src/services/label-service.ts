import type DataLoader from 'dataloader';
import { In, Not, type DataSource, type Repository } from 'typeorm';
import {
  adherentStatus, forbidden, keyedLoader, NestedConnections, type Connection, type GraphClient, type PageArgs, type SortKey, type Viewer,
} from '../../../kit/src';
import { LabelEntity, LabelEventEntity, LabelRequestEntity } from '../entities';

const NEWEST_LABEL_FIRST: SortKey<LabelEntity>[] = [
  { expression: 'l.awarded_at', direction: 'DESC', value: (l) => l.awardedAt.toISOString() },
  { expression: 'l.id', direction: 'DESC', value: (l) => l.id },
];

const OLDEST_EVENT_FIRST: SortKey<LabelEventEntity>[] = [
  { expression: 'h.occurred_at', direction: 'ASC', value: (h) => h.occurredAt.toISOString() },
  { expression: 'h.id', direction: 'ASC', value: (h) => h.id },
];

const NEWEST_REQUEST_FIRST: SortKey<LabelRequestEntity>[] = [
  { expression: 'r.requested_at', direction: 'DESC', value: (r) => r.requestedAt.toISOString() },
  { expression: 'r.id', direction: 'DESC', value: (r) => r.id },
];

export const LABEL_REQUEST_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED'] as const;

/** Reads of labels, their history and label requests, batched per request. */
export class LabelService {
  private readonly labels: Repository<LabelEntity>;
  private readonly byId: DataLoader<string, LabelEntity | null>;
  private readonly currentByEpn: DataLoader<string, LabelEntity | null>;
  private readonly byEpn: NestedConnections<LabelEntity>;
  private readonly historyByLabel: NestedConnections<LabelEventEntity>;
  private readonly requestsByAdherent = new Map<string, NestedConnections<LabelRequestEntity>>();
  private readonly requestsByEpn: NestedConnections<LabelRequestEntity>;

  constructor(private readonly dataSource: DataSource, private readonly graph: GraphClient) {
    this.labels = dataSource.getRepository(LabelEntity);
    this.byId = keyedLoader((ids) => this.labels.findBy({ id: In([...ids]) }), (l) => l.id);
    this.currentByEpn = keyedLoader((epnIds) => this.labels.findBy({ epnId: In([...epnIds]), status: Not('WITHDRAWN' as const) }), (l) => l.epnId);
    this.byEpn = new NestedConnections(dataSource, this.labels, { alias: 'l', parentColumn: 'epn_id', parentType: 'uuid', keys: NEWEST_LABEL_FIRST });
    this.requestsByEpn = new NestedConnections(dataSource, dataSource.getRepository(LabelRequestEntity), {
      alias: 'r', parentColumn: 'epn_id', parentType: 'uuid', keys: NEWEST_REQUEST_FIRST,
    });
    this.historyByLabel = new NestedConnections(dataSource, dataSource.getRepository(LabelEventEntity), {
      alias: 'h', parentColumn: 'label_id', parentType: 'uuid', keys: OLDEST_EVENT_FIRST,
    });
  }

  get(id: string): Promise<LabelEntity | null> {
    return this.byId.load(id);
  }

  /** The label an EPN holds now (active or suspended), or null. */
  current(epnId: string): Promise<LabelEntity | null> {
    return this.currentByEpn.load(epnId);
  }

  async hasActiveLabel(epnId: string): Promise<boolean> {
    return (await this.current(epnId))?.status === 'ACTIVE';
  }

  ofEpn(epnId: string, page: PageArgs): Promise<Connection<LabelEntity>> {
    return this.byEpn.load(epnId, page);
  }

  history(labelId: string, page: PageArgs): Promise<Connection<LabelEventEntity>> {
    return this.historyByLabel.load(labelId, page);
  }

  private readonly requestById: DataLoader<string, LabelRequestEntity | null> = keyedLoader(
    (ids) => this.dataSource.getRepository(LabelRequestEntity).findBy({ id: In([...ids]) }),
    (r) => r.id,
  );

  request(id: string): Promise<LabelRequestEntity | null> {
    return this.requestById.load(id);
  }

  /** An EPN's requests: its managers' and the national mission's business. */
  requestsOfEpn(viewer: Viewer, epnId: string, page: PageArgs): Promise<Connection<LabelRequestEntity>> {
    const own = viewer.role === 'EPN_MANAGER' && viewer.epnId === epnId;
    if (!own && viewer.role !== 'NATIONAL_ADMIN') {
      throw forbidden("Only this EPN's managers and the national administrator may see its label requests.");
    }
    return this.requestsByEpn.load(epnId, page);
  }

  /** Who recorded a change: an account id, which may identify a person, so the national mission's only. */
  actorSubjectOf(viewer: Viewer, event: LabelEventEntity): string | null {
    return viewer.role === 'NATIONAL_ADMIN' ? event.actorSubject : null;
  }

  /**
   * Requests addressed to an adherent: the national mission's, and its own administrators' while its
   * adhesion is validated (read now through the graph: a withdrawn adherent's access is closed).
   */
  async requestsFor(viewer: Viewer, adherentId: string, status: string | null | undefined, page: PageArgs): Promise<Connection<LabelRequestEntity>> {
    const own = viewer.role === 'ADHERENT_ADMIN' && viewer.adherentId === adherentId;
    if (!own && viewer.role !== 'NATIONAL_ADMIN') {
      throw forbidden("Only this adherent's administrators and the national administrator may see its label requests.");
    }
    if (own && (await adherentStatus(this.graph, adherentId))?.status !== 'VALIDATED') {
      throw forbidden("This adherent's administrators may see its label requests only while its adhesion is validated.");
    }
    const key = status ?? '*';
    let loader = this.requestsByAdherent.get(key);
    if (!loader) {
      loader = new NestedConnections(this.dataSource, this.dataSource.getRepository(LabelRequestEntity), {
        alias: 'r', parentColumn: 'adherent_id', parentType: 'uuid', keys: NEWEST_REQUEST_FIRST,
        ...(status ? { where: 'r.status = $2', params: [status] } : {}),
      });
      this.requestsByAdherent.set(key, loader);
    }
    return loader.load(adherentId, page);
  }
}
