import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A PIM certification delivered in an EPN. Personal data: the graph shows counts, holders only to their EPN. */
@Entity({ name: 'pim_certification' })
@Index('idx_pim_certification_epn', ['epnId', 'certifiedOn'])
export class PimCertificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pim_certification_pkey' })
  id: string;

  /** The EPN (epn subgraph) where it was delivered. */
  @Column({ type: 'uuid' })
  epnId: string;

  @Column({ type: 'text' })
  holderName: string;

  @Column({ type: 'text', nullable: true })
  holderEmail: string | null;

  /** Level or module, e.g. « PIM 2 »: kept as text, the PIM framework has changed over time. */
  @Column({ type: 'text' })
  level: string;

  @Column({ type: 'date' })
  certifiedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
