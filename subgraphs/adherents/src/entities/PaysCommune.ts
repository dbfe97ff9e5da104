import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AdherentEntity } from './Adherent';

/** A commune a « pays » declared as a member; a « pays » has no official code of its own. */
@Entity({ name: 'pays_commune' })
@Index('idx_pays_commune_commune', ['communeCode'])
export class PaysCommuneEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pays_commune_pkey' })
  adherentId: string;

  /** INSEE code as declared; reads map it to today's commune (communes merge every year). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pays_commune_pkey' })
  communeCode: string;

  @ManyToOne(() => AdherentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adherent_id', foreignKeyConstraintName: 'fk_pays_commune_adherent' })
  adherent?: AdherentEntity;
}
