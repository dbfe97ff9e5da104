import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One distinct opening_hours value and what it compiles to (services/opening-hours.ts): week-minute
 * multiranges for an ordinary week and for public holidays, or IRREGULAR (evaluated at query time),
 * INVALID, or PENDING until the subgraph's maintenance compiles it. Its unique index is on md5 of the
 * value (hand-written in the migration).
 */
@Entity({ name: 'opening_schedule' })
@Check('chk_opening_schedule_kind', `kind IN ('PENDING', 'WEEKLY', 'IRREGULAR', 'INVALID')`)
@Index('uq_opening_schedule_hours', { synchronize: false })
@Index('idx_opening_schedule_uncompiled', ['kind'], { where: `kind IN ('PENDING', 'IRREGULAR')` })
export class OpeningScheduleEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT', primaryKeyConstraintName: 'opening_schedule_pkey' })
  id: number;

  @Column({ type: 'text' })
  openingHours: string;

  @Column({ type: 'text', default: 'PENDING' })
  kind: string;

  @Column({ type: 'int4multirange', nullable: true })
  openRegular: string | null;

  @Column({ type: 'int4multirange', nullable: true })
  openHoliday: string | null;

  /** Version of the `opening_hours` package that compiled it: a new version recompiles. */
  @Column({ type: 'text', nullable: true })
  compiledWith: string | null;
}
