import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ADHERENT_KINDS = [
  'REGION', 'DEPARTEMENT', 'COMMUNE', 'EPCI', 'PAYS', 'PUBLIC_BODY', 'ASSOCIATION', 'REPRESENTATIVE_ASSOCIATION',
] as const;
export type AdherentKind = (typeof ADHERENT_KINDS)[number];

/** The levels a ressort can have; a « pays » has none (it declares communes in pays_commune). */
export type RessortLevel = 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE';

/**
 * A body that signed the charter. Territorial bodies administer exactly their own territory; public
 * and associative bodies may have one; a « pays » declares its member communes instead.
 */
@Entity({ name: 'adherent' })
@Check('chk_adherent_kind', `kind IN ('REGION', 'DEPARTEMENT', 'COMMUNE', 'EPCI', 'PAYS', 'PUBLIC_BODY', 'ASSOCIATION', 'REPRESENTATIVE_ASSOCIATION')`)
@Check('chk_adherent_siren', `siren ~ '^[0-9]{9}$'`)
@Check('chk_adherent_territory_level', `territory_level IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')`)
@Check('chk_adherent_territory_pair', '(territory_level IS NULL) = (territory_code IS NULL)')
@Check(
  'chk_adherent_ressort',
  `(kind IN ('REGION', 'DEPARTEMENT', 'COMMUNE', 'EPCI') AND territory_level = kind) OR (kind = 'PAYS' AND territory_level IS NULL) OR kind IN ('PUBLIC_BODY', 'ASSOCIATION', 'REPRESENTATIVE_ASSOCIATION')`,
)
@Index('idx_adherent_name', ['name'])
@Index('idx_adherent_territory', ['territoryLevel', 'territoryCode'])
@Index('uq_adherent_siren', ['siren'], { unique: true, where: 'siren IS NOT NULL' })
export class AdherentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'adherent_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: AdherentKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  siren: string | null;

  @Column({ type: 'text', nullable: true })
  territoryLevel: RessortLevel | null;

  /** INSEE code (région, département, commune) or SIREN (EPCI) of the ressort. */
  @Column({ type: 'text', nullable: true })
  territoryCode: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
