import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdherentEntity } from './Adherent';

/** A person to contact at an adherent. Personal data: never public. */
@Entity({ name: 'contact' })
@Index('idx_contact_adherent', ['adherentId'])
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'contact_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  adherentId: string;

  @ManyToOne(() => AdherentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adherent_id', foreignKeyConstraintName: 'fk_contact_adherent' })
  adherent?: AdherentEntity;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  roleTitle: string | null;
}
