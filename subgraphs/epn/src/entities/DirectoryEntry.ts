import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { EpnEntity } from './Epn';
import { OpeningScheduleEntity } from './OpeningSchedule';

/**
 * The directory's search projection of one EPN (migration CreateDirectorySearch): maintained by
 * triggers on epn.epn and epn.label, read only by the directory search. Vocabulary columns are bit
 * masks (see `epn.directory_mask`); `location` is a point of `epn.directory_point`.
 */
@Entity({ name: 'directory_entry' })
@Index('idx_directory_entry_terms', ['terms'], { type: 'gin' })
@Index('idx_directory_entry_location', ['location'], { type: 'gist' })
@Index('idx_directory_entry_name', ['nameKey', 'epnId'])
@Index('idx_directory_entry_commune', ['communeCode'])
@Index('idx_directory_entry_departement', ['departementCode'])
@Index('idx_directory_entry_region', ['regionCode'])
@Index('idx_directory_entry_epci', ['epciCode'])
@Index('idx_directory_entry_schedule', ['scheduleId'])
export class DirectoryEntryEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'directory_entry_pkey' })
  epnId: string;

  @OneToOne(() => EpnEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'epn_id', foreignKeyConstraintName: 'fk_directory_entry_epn' })
  epn?: EpnEntity;

  /** The name without accents, lower case: the directory's alphabetical order. */
  @Column({ type: 'text' })
  nameKey: string;

  /** Name (weight A), commune and postal code (B), presentation (C). */
  @Column({ type: 'tsvector' })
  terms: string;

  @Column({ type: 'text' })
  communeCode: string;

  @Column({ type: 'text', nullable: true })
  departementCode: string | null;

  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ type: 'text', nullable: true })
  epciCode: string | null;

  /** Whose public holidays and time zone apply: the région, or the département in Alsace-Moselle. */
  @Column({ type: 'text', nullable: true })
  calendarCode: string | null;

  @Column({ type: 'boolean' })
  labelled: boolean;

  @Column({ type: 'text' })
  venueType: string;

  @Column({ type: 'boolean' })
  itinerant: boolean;

  @Column({ type: 'integer' })
  services: number;

  @Column({ type: 'integer' })
  specificPublics: number;

  @Column({ type: 'integer' })
  accessibilitySupport: number;

  @Column({ type: 'integer' })
  fees: number;

  @Column({ type: 'integer' })
  accompanimentModes: number;

  @Column({ type: 'cube', nullable: true })
  location: number[] | null;

  /** The EPN's opening hours, compiled; null when it gives none. */
  @Column({ type: 'integer', nullable: true })
  scheduleId: number | null;

  @ManyToOne(() => OpeningScheduleEntity)
  @JoinColumn({ name: 'schedule_id', foreignKeyConstraintName: 'fk_directory_entry_schedule' })
  schedule?: OpeningScheduleEntity;
}
