import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdherentEntity } from './Adherent';

export const ADHESION_STATUSES = ['SIGNED', 'SENT_TO_PREFECTURE', 'VALIDATED', 'REJECTED', 'WITHDRAWN'] as const;
export type AdhesionStatus = (typeof ADHESION_STATUSES)[number];

/** Statuses of an adhesion still in force; an adherent has at most one (partial unique index). */
export const LIVE_ADHESION_STATUSES: readonly AdhesionStatus[] = ['SIGNED', 'SENT_TO_PREFECTURE', 'VALIDATED'];

/** One signature of the charter, through the prefecture and the national mission's decision. */
@Entity({ name: 'adhesion' })
@Check('chk_adhesion_status', `status IN ('SIGNED', 'SENT_TO_PREFECTURE', 'VALIDATED', 'REJECTED', 'WITHDRAWN')`)
@Check('chk_adhesion_charter_version', 'charter_version IN (2007, 2016)')
@Check('chk_adhesion_validated', `status <> 'VALIDATED' OR validated_at IS NOT NULL`)
@Check('chk_adhesion_rejected', `status <> 'REJECTED' OR decision_reason IS NOT NULL`)
@Check('chk_adhesion_withdrawn', `status <> 'WITHDRAWN' OR withdrawn_at IS NOT NULL`)
@Index('idx_adhesion_adherent', ['adherentId', 'signedOn'])
@Index('uq_adhesion_live_per_adherent', ['adherentId'], { unique: true, where: "status IN ('SIGNED', 'SENT_TO_PREFECTURE', 'VALIDATED')" })
export class AdhesionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'adhesion_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  adherentId: string;

  // RESTRICT: adhesions are the record of signed charters; an adherent that has some is not deleted.
  @ManyToOne(() => AdherentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adherent_id', foreignKeyConstraintName: 'fk_adhesion_adherent' })
  adherent?: AdherentEntity;

  @Column({ type: 'integer' })
  charterVersion: number;

  @Column({ type: 'date' })
  signedOn: string;

  @Column({ type: 'text' })
  signatoryTitle: string;

  /** Personal data: only the national mission and the adherent's administrators read it. */
  @Column({ type: 'text', nullable: true })
  signatoryName: string | null;

  @Column({ type: 'date', nullable: true })
  prefectureCopySentOn: string | null;

  @Column({ type: 'text' })
  status: AdhesionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  validatedAt: Date | null;

  /** Token subject of the national administrator who validated (an opaque id, not a name). */
  @Column({ type: 'text', nullable: true })
  validatedBy: string | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
