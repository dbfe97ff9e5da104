import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TerritoryLevel } from '../../../kit/src';

/** An offer from a regional partner, for the EPN of one territory (and everything inside it). */
@Entity({ name: 'local_offer' })
@Check('chk_local_offer_level', `territory_level IN ('COUNTRY', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')`)
@Check('chk_local_offer_validity', 'valid_until IS NULL OR valid_until >= valid_from')
@Index('idx_local_offer_territory', ['territoryLevel', 'territoryCode'])
export class LocalOfferEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'local_offer_pkey' })
  id: string;

  @Column({ type: 'text' })
  partner: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  territoryLevel: TerritoryLevel;

  @Column({ type: 'text' })
  territoryCode: string;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
