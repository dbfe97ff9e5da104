import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const OFFER_CATEGORIES = ['HARDWARE', 'SOFTWARE', 'SERVICE', 'TRAINING'] as const;
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

/** A discount negotiated with an ICT company, valid from one day until another (or open-ended). */
@Entity({ name: 'partner_offer' })
@Check('chk_partner_offer_category', `category IN ('HARDWARE', 'SOFTWARE', 'SERVICE', 'TRAINING')`)
@Check('chk_partner_offer_validity', 'valid_until IS NULL OR valid_until >= valid_from')
@Index('idx_partner_offer_validity', ['validFrom', 'validUntil'])
export class PartnerOfferEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'partner_offer_pkey' })
  id: string;

  @Column({ type: 'text' })
  partner: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  category: OfferCategory;

  @Column({ type: 'text' })
  discount: string;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
