import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { forbidden, keyedLoader, NestedConnections, type Connection, type PageArgs, type SortKey, type Viewer } from '../../../kit/src';
import { PimCertificationEntity } from '../entities';

const NEWEST_CERTIFICATION_FIRST: SortKey<PimCertificationEntity>[] = [
  { expression: 'c.certified_on', direction: 'DESC', value: (c) => c.certifiedOn },
  { expression: 'c.id', direction: 'DESC', value: (c) => c.id },
];

/** PIM holders are personal data: the national mission and the managers of the EPN that certified them. */
export function maySeeCertificationsOf(viewer: Viewer, epnId: string): boolean {
  return viewer.role === 'NATIONAL_ADMIN' || (viewer.role === 'EPN_MANAGER' && viewer.epnId === epnId);
}

export class PimCertificationService {
  private readonly counts: DataLoader<string, { epnId: string; count: number } | null>;
  private readonly byEpn: NestedConnections<PimCertificationEntity>;

  constructor(dataSource: DataSource) {
    const repository = dataSource.getRepository(PimCertificationEntity);
    this.counts = keyedLoader(
      (epnIds) =>
        repository
          .createQueryBuilder('c')
          .select('c.epn_id', 'epnId')
          .addSelect('count(*)::int', 'count')
          .where('c.epn_id = ANY(:ids)', { ids: [...epnIds] })
          .groupBy('c.epn_id')
          .getRawMany<{ epnId: string; count: number }>(),
      (row) => row.epnId,
    );
    // Not aliased `p`: NestedConnections names its parents `p`.
    this.byEpn = new NestedConnections(dataSource, repository, {
      alias: 'c', parentColumn: 'epn_id', parentType: 'uuid', keys: NEWEST_CERTIFICATION_FIRST,
    });
  }

  async countFor(epnId: string): Promise<number> {
    return (await this.counts.load(epnId))?.count ?? 0;
  }

  of(viewer: Viewer, epnId: string, page: PageArgs): Promise<Connection<PimCertificationEntity>> {
    if (!maySeeCertificationsOf(viewer, epnId)) {
      throw forbidden("Only the national administrator and this EPN's managers may see its PIM certification holders (personal data).");
    }
    return this.byEpn.load(epnId, page);
  }
}
