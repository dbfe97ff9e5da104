import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EpnEntity } from './Epn';

export type LabelStatus = 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';
export const CRITERIA = ['PUBLICS', 'MEANS', 'INITIATION', 'DEVELOPMENT_OF_USES', 'ENVIRONMENT'] as const;
export type CriterionCode = (typeof CRITERIA)[number];

export interface CriterionAssessmentValue {
  criterion: CriterionCode;
  met: boolean;
  comment: string | null;
}

/** A NetPublic label. At most one per EPN is not withdrawn (a partial unique index enforces it). */
@Entity({ name: 'label' })
@Check('chk_label_status', `status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')`)
@Check('chk_label_awarder', 'exceptional OR awarded_by_adherent_id IS NOT NULL')
@Index('uq_label_current_per_epn', ['epnId'], { unique: true, where: "status <> 'WITHDRAWN'" })
@Index('idx_label_awarded_by', ['awardedByAdherentId'])
export class LabelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'label_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  epnId: string;

  @ManyToOne(() => EpnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'epn_id', foreignKeyConstraintName: 'fk_label_epn' })
  epn?: EpnEntity;

  @Column({ type: 'text' })
  status: LabelStatus;

  @Column({ type: 'boolean', default: false })
  exceptional: boolean;

  @Column({ type: 'uuid', nullable: true })
  awardedByAdherentId: string | null;

  @Column({ type: 'integer' })
  charterVersion: number;

  @Column({ type: 'timestamptz' })
  awardedAt: Date;

  @Column({ type: 'timestamptz' })
  statusChangedAt: Date;

  @Column({ type: 'jsonb' })
  criteria: CriterionAssessmentValue[];
}
