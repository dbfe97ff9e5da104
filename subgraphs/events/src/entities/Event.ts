import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EventEditionEntity } from './EventEdition';

export type OrganiserKind = 'EPN' | 'ADHERENT';
export type Audience = 'ALL' | 'YOUTH' | 'SENIORS' | 'FAMILIES' | 'JOBSEEKERS' | 'PROFESSIONALS';

/**
 * An animation in a commune. Registrations lock this row (SELECT … FOR UPDATE) before counting
 * confirmed seats, so concurrent registrations never exceed `capacity`.
 */
@Entity({ name: 'event' })
@Check('chk_event_organiser_kind', `organiser_kind IN ('EPN', 'ADHERENT')`)
@Check(
  'chk_event_organiser',
  `(organiser_kind = 'EPN' AND epn_id IS NOT NULL AND organiser_adherent_id IS NULL) OR (organiser_kind = 'ADHERENT' AND organiser_adherent_id IS NOT NULL)`,
)
@Check('chk_event_audience', `audience IN ('ALL', 'YOUTH', 'SENIORS', 'FAMILIES', 'JOBSEEKERS', 'PROFESSIONALS')`)
@Check('chk_event_capacity', 'capacity > 0')
@Check('chk_event_dates', 'ends_at > starts_at')
@Index('idx_event_epn', ['epnId', 'startsAt'])
@Index('idx_event_commune', ['communeCode', 'startsAt'])
@Index('idx_event_edition', ['editionId'])
@Index('idx_event_adherent', ['organiserAdherentId', 'startsAt'])
@Index('idx_event_starts', ['startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'event_pkey' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  editionId: string | null;

  // RESTRICT: an edition with events is part of their history; it is not deleted.
  @ManyToOne(() => EventEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'fk_event_edition' })
  edition?: EventEditionEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  organiserKind: OrganiserKind;

  /** The organising EPN (organiser_kind EPN) or the EPN hosting an adherent's event (epn subgraph). */
  @Column({ type: 'uuid', nullable: true })
  epnId: string | null;

  /** The organising adherent (adherents subgraph). */
  @Column({ type: 'uuid', nullable: true })
  organiserAdherentId: string | null;

  /** Current INSEE commune code. */
  @Column({ type: 'text' })
  communeCode: string;

  // Millisecond precision: the cursors of event lists carry these as JavaScript dates.
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'text' })
  audience: Audience;

  @Column({ type: 'integer' })
  capacity: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
