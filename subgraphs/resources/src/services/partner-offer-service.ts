import DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import {
  conflict, connectionFromRows, epnFacts, forbidden, GraphClient, idArgument, keyedLoader, notFound, pageSize, paginateQuery, parisToday,
  requireRole, stableKey, UUID_PATTERN, type Connection, type PageArgs, type SortKey, type Viewer,
} from '../../../kit/src';
import { OfferClaimEntity, PartnerOfferEntity } from '../entities';
import type { EpnRef } from './resource-service';

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

  constructor(private readonly dataSource: DataSource, private readonly graph: GraphClient) {
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

  /**
   * Claims an offer for an EPN: by its manager or the national administrator, for an offer valid
   * today, while the EPN's label is active at this moment — asked of the epn subgraph through the
   * graph, so a label withdrawn a second ago already counts. Claiming again returns the first claim.
   */
  async claim(viewer: Viewer, epnIdInput: string, offerIdInput: string): Promise<OfferClaimEntity> {
    requireRole(viewer, ['EPN_MANAGER', 'NATIONAL_ADMIN'], 'claim a partner offer');
    const epnId = idArgument(epnIdInput, 'epnId', 'an EPN');
    const offerId = idArgument(offerIdInput, 'offerId', 'a partner offer');
    if (viewer.role === 'EPN_MANAGER' && viewer.epnId !== epnId) {
      throw forbidden(`An EPN manager may claim partner offers only for the EPN it manages (${viewer.epnId}).`);
    }
    const offer = await this.get(offerId);
    if (!offer) throw notFound('PartnerOffer', offerId);
    const today = parisToday();
    if (offer.validFrom > today || (offer.validUntil !== null && offer.validUntil < today)) {
      throw conflict(`The offer « ${offer.title} » is not valid today (${today}): it runs from ${offer.validFrom}${offer.validUntil ? ` until ${offer.validUntil}` : ''}.`);
    }
    const epn = await epnFacts(this.graph, epnId, "check that the EPN's label is active");
    if (!epn) throw notFound('Epn', epnId);
    if (!epn.hasActiveLabel) {
      throw forbidden(`Only an EPN whose NetPublic label is active may claim partner offers; EPN « ${epn.name} » has no active label now.`);
    }
    const claims = this.dataSource.getRepository(OfferClaimEntity);
    await claims.createQueryBuilder().insert().values({ offerId, epnId, claimedBy: viewer.subject }).orIgnore().execute();
    return claims.findOneByOrFail({ offerId, epnId });
  }
}
