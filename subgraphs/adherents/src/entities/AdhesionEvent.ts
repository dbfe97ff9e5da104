import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdhesionEntity } from './Adhesion';

export const ADHESION_ACTIONS = ['REGISTERED', 'PREFECTURE_COPY_SENT', 'VALIDATED', 'REJECTED', 'WITHDRAWN'] as const;
export type AdhesionAction = (typeof ADHESION_ACTIONS)[number];

/** One step of an adhesion, appended in the transaction that makes it: the audit trail of the mission's decisions. */
@Entity({ name: 'adhesion_event' })
@Check('chk_adhesion_event_action', `action IN ('REGISTERED', 'PREFECTURE_COPY_SENT', 'VALIDATED', 'REJECTED', 'WITHDRAWN')`)
@Index('idx_adhesion_event_adhesion', ['adhesionId', 'occurredAt'])
export class AdhesionEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'adhesion_event_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  adhesionId: string;

  @ManyToOne(() => AdhesionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adhesion_id', foreignKeyConstraintName: 'fk_adhesion_event_adhesion' })
  adhesion?: AdhesionEntity;

  @Column({ type: 'text' })
  action: AdhesionAction;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** Token subject of who acted (an opaque account id; null for an anonymous filing). */
  @Column({ type: 'text', nullable: true })
  actorSubject: string | null;

  @Column({ type: 'text' })
  actorRole: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
