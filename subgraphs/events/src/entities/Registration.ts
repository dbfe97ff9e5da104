import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EventEntity } from './Event';

export type RegistrationStatus = 'CONFIRMED' | 'WAITING' | 'CANCELLED';

/**
 * A person's registration (personal data). `sequence` orders registrations as they were made
 * (inserts for one event are serialised by the event row lock), so the waiting list moves up in a
 * deterministic order.
 */
@Entity({ name: 'registration' })
@Check('chk_registration_status', `status IN ('CONFIRMED', 'WAITING', 'CANCELLED')`)
@Check('chk_registration_cancelled', `(status = 'CANCELLED') = (cancelled_at IS NOT NULL)`)
@Index('idx_registration_event_status', ['eventId', 'status', 'sequence'])
@Index('uq_registration_event_email', ['eventId', 'email'], { unique: true, where: "status <> 'CANCELLED'" })
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'registration_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_registration_event' })
  event?: EventEntity;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** SHA-256 of the code given to the registrant to cancel; the code itself is never stored. */
  @Column({ type: 'text', nullable: true })
  cancellationCodeHash: string | null;

  /** bigint, so a string in JavaScript. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  sequence: string;
}
