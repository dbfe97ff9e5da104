import DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import { connectionFromRows, keyedLoader, pageSize, paginateQuery, stableKey, type Connection, type PageArgs, type SortKey } from '../../../kit/src';
import { OfferClaimEntity, PartnerOfferEntity } from '../entities';
import { parisToday } from './dates';
import { UUID_PATTERN, type EpnRef } from './resource-service';

const NEWEST_OFFER_FIRST: SortKey<PartnerOfferEntity>[] = [
  { expression: 'o.valid_from', direction: 'DESC', value: (o) => o.validFrom },
  { expression: 'o.id', direction: 'DESC', value: (o) => o.id },
];

export class PartnerOfferService {
  private readonly repository: Repository<PartnerOfferEntity>;
  private readonly byId: DataLoader<string, PartnerOfferEntity | null>;
  private readonly claimCounts: DataLoader<string, { offerId: string; count: number } | null>;
  // Every labelled EPN is eligible to the same offers: one query per distinct page, however many EPN.
  private readonly eligiblePages: DataLoader<PageArgs, Connection<PartnerOfferEntity>, string>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(PartnerOfferEntity);
    this.byId = keyedLoader(async (ids) => {
      const valid = ids.filter((id) => UUID_PATTERN.test(id));
      return valid.length ? this.repository.findBy({ id: In(valid) }) : [];
    }, (o) => o.id);
    this.claimCounts = keyedLoader(
      (offerIds) =>
        dataSource
          .getRepository(OfferClaimEntity)
          .createQueryBuilder('c')
          .select('c.offer_id', 'offerId')
          .addSelect('count(*)::int', 'count')
          .where('c.offer_id = ANY(:ids)', { ids: [...offerIds] })
          .groupBy('c.offer_id')
          .getRawMany<{ offerId: string; count: number }>(),
      (row) => row.offerId,
    );
    this.eligiblePages = new DataLoader<PageArgs, Connection<PartnerOfferEntity>, string>(
      (pages) => {
        const today = parisToday();
        return Promise.all(pages.map((page) => this.list(today, page)));
      },
      { cacheKeyFn: (page) => stableKey({ first: page.first ?? null, after: page.after ?? null }) },
    );
  }

  get(id: string): Promise<PartnerOfferEntity | null> {
    return this.byId.load(id.toLowerCase());
  }

  /** Offers newest first; with `validOn` (YYYY-MM-DD), only those valid that day. */
  list(validOn: string | null, page: PageArgs): Promise<Connection<PartnerOfferEntity>> {
    const qb = this.repository.createQueryBuilder('o');
    if (validOn) {
      qb.andWhere('o.valid_from <= :day AND (o.valid_until IS NULL OR o.valid_until >= :day)', { day: validOn });
    }
    return paginateQuery(qb, NEWEST_OFFER_FIRST, page);
  }

  /** Offers valid today for an EPN whose label is active (said by the epn subgraph); none otherwise. */
  eligibleFor(epn: EpnRef, page: PageArgs): Promise<Connection<PartnerOfferEntity>> {
    if (epn.hasActiveLabel !== true) {
      pageSize(page.first);
      return Promise.resolve(connectionFromRows([], 0, NEWEST_OFFER_FIRST, () => 0));
    }
    return this.eligiblePages.load(page);
  }

  async claimCount(offerId: string): Promise<number> {
    return (await this.claimCounts.load(offerId))?.count ?? 0;
  }
}
