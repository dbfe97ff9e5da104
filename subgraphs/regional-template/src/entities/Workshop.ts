import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const WORKSHOP_THEMES = ['ONLINE_PROCEDURES', 'SMARTPHONE_BASICS', 'ONLINE_SAFETY', 'OFFICE_SOFTWARE', 'CREATIVE_DIGITAL'] as const;
export type WorkshopTheme = (typeof WORKSHOP_THEMES)[number];

/** A workshop for the public. `epn_id` points to an EPN of the national graph (no foreign key: other subgraph). */
@Entity({ name: 'workshop' })
@Check('chk_workshop_theme', `theme IN ('ONLINE_PROCEDURES', 'SMARTPHONE_BASICS', 'ONLINE_SAFETY', 'OFFICE_SOFTWARE', 'CREATIVE_DIGITAL')`)
@Check('chk_workshop_seats', 'seats > 0')
@Check('chk_workshop_dates', 'ends_at > starts_at')
@Index('idx_workshop_epn', ['epnId', 'startsAt'])
@Index('idx_workshop_commune', ['communeCode', 'startsAt'])
@Index('idx_workshop_starts', ['startsAt'])
export class WorkshopEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'workshop_pkey' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  theme: WorkshopTheme;

  @Column({ type: 'uuid', nullable: true })
  epnId: string | null;

  /** Current INSEE commune code. */
  @Column({ type: 'text' })
  communeCode: string;

  // Millisecond precision: cursors carry these as JavaScript dates.
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'integer' })
  seats: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
