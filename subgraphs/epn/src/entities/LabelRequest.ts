import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EpnEntity } from './Epn';

export type LabelRequestStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'CANCELLED';

/** « Si un espace souhaite être labellisé, il en adresse la demande à la collectivité… » */
@Entity({ name: 'label_request' })
@Check('chk_label_request_status', `status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED')`)
@Index('idx_label_request_adherent', ['adherentId', 'status'])
@Index('uq_label_request_pending', ['epnId'], { unique: true, where: "status = 'PENDING'" })
export class LabelRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'label_request_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  epnId: string;

  @ManyToOne(() => EpnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'epn_id', foreignKeyConstraintName: 'fk_label_request_epn' })
  epn?: EpnEntity;

  @Column({ type: 'uuid' })
  adherentId: string;

  @Column({ type: 'text' })
  status: LabelRequestStatus;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'text', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;
}
