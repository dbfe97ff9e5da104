import { Brackets, type DataSource, type Repository } from 'typeorm';
import { COUNTRY_CODE, paginateQuery, resolveTerritory, type Connection, type PageArgs, type SortKey, type TerritoryRef } from '../../../kit/src';
import { LocalOfferEntity } from '../entities/LocalOffer';

const BY_PARTNER: SortKey<LocalOfferEntity>[] = [
  { expression: 'o.partner', direction: 'ASC', value: (o) => o.partner },
  { expression: 'o.id', direction: 'ASC', value: (o) => o.id },
];

export class LocalOfferService {
  private readonly offers: Repository<LocalOfferEntity>;

  constructor(dataSource: DataSource) {
    this.offers = dataSource.getRepository(LocalOfferEntity);
  }

  /** Offers valid today; for a territory, those made for it or for a territory containing it. */
  validToday(territoryRef: TerritoryRef | null | undefined, page: PageArgs): Promise<Connection<LocalOfferEntity>> {
    const qb = this.offers.createQueryBuilder('o')
      .where('o.valid_from <= current_date')
      .andWhere('(o.valid_until IS NULL OR o.valid_until >= current_date)');
    if (territoryRef) {
      const territory = resolveTerritory(territoryRef, 'territory');
      const scopes: [string, string | null][] = [
        [territory.level, territory.code], ['EPCI', territory.epciCode], ['DEPARTEMENT', territory.departementCode],
        ['REGION', territory.regionCode], ['COUNTRY', COUNTRY_CODE],
      ];
      qb.andWhere(new Brackets((where) => {
        scopes.filter(([, code]) => code).forEach(([level, code], i) => {
          where.orWhere(`(o.territory_level = :level${i} AND o.territory_code = :code${i})`, { [`level${i}`]: level, [`code${i}`]: code });
        });
      }));
    }
    return paginateQuery(qb, BY_PARTNER, page);
  }
}
