import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerOfferEntity } from './PartnerOffer';

/**
 * An EPN claimed a partner offer (its label was active at claim time). One claim per EPN and offer,
 * so claiming again is idempotent.
 */
@Entity({ name: 'offer_claim' })
@Index('uq_offer_claim_offer_epn', ['offerId', 'epnId'], { unique: true })
@Index('idx_offer_claim_epn', ['epnId'])
export class OfferClaimEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'offer_claim_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  offerId: string;

  // RESTRICT: claims are the record of who used an offer; an offer that was claimed expires, it is not deleted.
  @ManyToOne(() => PartnerOfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'fk_offer_claim_offer' })
  offer?: PartnerOfferEntity;

  /** The EPN (epn subgraph) that claimed it. */
  @Column({ type: 'uuid' })
  epnId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  claimedAt: Date;

  /** Token subject of who claimed (an opaque id, not a name). */
  @Column({ type: 'text', nullable: true })
  claimedBy: string | null;
}
