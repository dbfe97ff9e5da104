import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EpnEntity } from './Epn';

/**
 * The days on which an EPN held an active NetPublic label: derived from `label_event` by triggers
 * (migration 1767830400000), never written by the application. Periods of one EPN are disjoint and
 * merged, so "labelled on day D" is one test — `during @> D` — and counting periods counts EPN.
 * `during` is a daterange [first day active, first day no longer active), open-ended while active.
 */
@Entity({ name: 'labelled_period' })
@Index('idx_labelled_period_during', ['during'], { spatial: true })
export class LabelledPeriodEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'labelled_period_pkey' })
  epnId: string;

  @ManyToOne(() => EpnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'epn_id', foreignKeyConstraintName: 'fk_labelled_period_epn' })
  epn?: EpnEntity;

  @PrimaryColumn({ type: 'daterange', primaryKeyConstraintName: 'labelled_period_pkey' })
  during: string;
}
