import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface EquipmentValue {
  computers: number;
  tablets: number;
  printers: number;
  wifi: boolean;
}

/** The standard's values kept verbatim by the importer (keys are the standard's field names). */
export interface SourceValues {
  commune?: string;
  code_insee?: string;
  typologie?: string;
  itinerance?: string;
  autres_formations_labels?: string;
}

/** An Espace Public Numérique. Vocabulary columns hold the graph's enum values (see kit/standard.ts). */
@Entity({ name: 'epn' })
@Index('idx_epn_commune', ['communeCode'])
@Index('uq_epn_source_id', ['source', 'sourceId'], { unique: true, where: 'source_id IS NOT NULL' })
@Index('idx_epn_pivot_unsourced', ['pivot', 'communeCode'], { where: 'source_id IS NULL' })
// An expression index (migration 1768000000008) that TypeORM cannot describe: it must leave it alone.
@Index('idx_epn_export_order', { synchronize: false })
export class EpnEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'epn_pkey' })
  id: string;

  /** Who published the record (import key with sourceId). */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  sourceId: string | null;

  @Column({ type: 'text', nullable: true })
  pivot: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  street: string;

  @Column({ type: 'text', nullable: true })
  addressComplement: string | null;

  @Column({ type: 'text' })
  postalCode: string;

  /** Current INSEE commune code; département, région and EPCI derive from it. */
  @Column({ type: 'text' })
  communeCode: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text' })
  venueType: string;

  @Column({ type: 'boolean', default: false })
  itinerant: boolean;

  @Column({ type: 'text', nullable: true })
  openingHours: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  services: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  specificPublics: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accessibilitySupport: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fees: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accessModes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  accompanimentModes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  nationalProgrammes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  trainingLabels: string[];

  @Column({ type: 'text', nullable: true })
  otherLabels: string | null;

  /** Structure typologies of the national standard beyond the one implied by the venue (EPN, FABLAB…). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  typologies: string[];

  @Column({ type: 'jsonb' })
  equipment: EquipmentValue;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  websites: string[];

  @Column({ type: 'text', nullable: true })
  accessibilityUrl: string | null;

  @Column({ type: 'text', nullable: true })
  appointmentUrl: string | null;

  @Column({ type: 'text', nullable: true })
  parentStructure: string | null;

  /** The adherent (typically an association) that declared this EPN. */
  @Column({ type: 'uuid', nullable: true })
  declaredByAdherentId: string | null;

  @Column({ type: 'date', nullable: true })
  dataUpdatedOn: string | null;

  /**
   * Values of the national standard's fields as last imported, where the model cannot hold them
   * exactly (see epn/src/standard/mapping.ts); export uses them only while they still agree with the model.
   */
  @Column({ type: 'jsonb', nullable: true })
  sourceValues: SourceValues | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
