import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LabelEntity } from './Label';

export type LabelAction = 'AWARDED' | 'SUSPENDED' | 'REINSTATED' | 'WITHDRAWN';

/** One change of a label: the history coverage-over-time is computed from. Never updated or deleted. */
@Entity({ name: 'label_event' })
@Check('chk_label_event_action', `action IN ('AWARDED', 'SUSPENDED', 'REINSTATED', 'WITHDRAWN')`)
@Index('idx_label_event_label', ['labelId', 'occurredAt'])
@Index('idx_label_event_epn', ['epnId', 'occurredAt'])
export class LabelEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'label_event_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  labelId: string;

  @ManyToOne(() => LabelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'label_id', foreignKeyConstraintName: 'fk_label_event_label' })
  label?: LabelEntity;

  @Column({ type: 'uuid' })
  epnId: string;

  @Column({ type: 'text' })
  action: LabelAction;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** Token subject of who acted (an opaque id, not a name). */
  @Column({ type: 'text', nullable: true })
  actorSubject: string | null;

  @Column({ type: 'text' })
  actorRole: string;

  @Column({ type: 'uuid', nullable: true })
  actorAdherentId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
