import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EpnEntity } from './Epn';

/**
 * What label coverage reads of each EPN, one narrow row per EPN: derived by triggers from `epn` and
 * `label_event` (migration 1767830400000), never written by the application.
 * - `labelled`: the days the EPN held an active label, as disjoint date ranges [first day active,
 *   first day no longer active), open-ended while active: "labelled on day D" is `labelled @> D`;
 * - `countedFrom`: the first day the EPN counts — its record's creation or, if earlier, its first
 *   labelled day (imported records are often created long after the place was labelled).
 * The covering index lets PostgreSQL count a whole country by commune from the index alone.
 */
@Entity({ name: 'coverage_epn' })
@Index('idx_coverage_epn_commune', ['communeCode', 'countedFrom', 'labelled'])
export class CoverageEpnEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'coverage_epn_pkey' })
  epnId: string;

  @ManyToOne(() => EpnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'epn_id', foreignKeyConstraintName: 'fk_coverage_epn_epn' })
  epn?: EpnEntity;

  @Column({ type: 'text' })
  communeCode: string;

  @Column({ type: 'date' })
  countedFrom: string;

  @Column({ type: 'datemultirange' })
  labelled: string;
}
