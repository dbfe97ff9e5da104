import type { DataSource, Repository } from 'typeorm';
import { NestedConnections, paginateQuery, type Connection, type PageArgs, type SortKey } from '../../../kit/src';
import { TrainingSessionEntity } from '../entities/TrainingSession';

const SOONEST_FIRST: SortKey<TrainingSessionEntity>[] = [
  { expression: 's.starts_at', direction: 'ASC', value: (s) => s.startsAt.toISOString() },
  { expression: 's.id', direction: 'ASC', value: (s) => s.id },
];
const NOT_ENDED = 's.ends_at >= now()';

export class TrainingSessionService {
  private readonly sessions: Repository<TrainingSessionEntity>;
  private readonly byEpn: NestedConnections<TrainingSessionEntity>;

  constructor(dataSource: DataSource) {
    this.sessions = dataSource.getRepository(TrainingSessionEntity);
    this.byEpn = new NestedConnections(dataSource, this.sessions, { alias: 's', parentColumn: 'host_epn_id', parentType: 'uuid', keys: SOONEST_FIRST, where: NOT_ENDED });
  }

  upcoming(page: PageArgs): Promise<Connection<TrainingSessionEntity>> {
    return paginateQuery(this.sessions.createQueryBuilder('s').where(NOT_ENDED), SOONEST_FIRST, page);
  }

  hostedBy(epnId: string, page: PageArgs): Promise<Connection<TrainingSessionEntity>> {
    return this.byEpn.load(epnId, page);
  }
}
