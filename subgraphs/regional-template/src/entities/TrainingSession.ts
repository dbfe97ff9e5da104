import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A training session for digital mediators; `host_epn_id` points to an EPN of the national graph. */
@Entity({ name: 'training_session' })
@Check('chk_training_session_seats', 'seats > 0')
@Check('chk_training_session_duration', 'duration_hours > 0')
@Check('chk_training_session_dates', 'ends_at > starts_at')
@Index('idx_training_session_epn', ['hostEpnId', 'startsAt'])
@Index('idx_training_session_starts', ['startsAt'])
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'training_session_pkey' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  programme: string | null;

  @Column({ type: 'uuid', nullable: true })
  hostEpnId: string | null;

  @Column({ type: 'text' })
  communeCode: string;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'integer' })
  durationHours: number;

  @Column({ type: 'integer' })
  seats: number;

  @Column({ type: 'boolean', default: false })
  certifying: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
