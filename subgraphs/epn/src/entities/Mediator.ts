import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EpnEntity } from './Epn';

/** A mediator working in an EPN. Personal data: names and e-mails are never public. */
@Entity({ name: 'mediator' })
@Index('idx_mediator_epn', ['epnId'])
export class MediatorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mediator_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  epnId: string;

  @ManyToOne(() => EpnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'epn_id', foreignKeyConstraintName: 'fk_mediator_epn' })
  epn?: EpnEntity;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Trained to deliver the PIM (Passeport Internet et Multimédia). */
  @Column({ type: 'boolean', default: false })
  pimTrained: boolean;
}
