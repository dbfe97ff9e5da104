import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type EditionKind = 'FETE_DE_L_INTERNET' | 'NATIONAL_MOMENT';

/** An edition of the Fête de l'Internet (one a year) or another national moment. */
@Entity({ name: 'event_edition' })
@Check('chk_event_edition_kind', `kind IN ('FETE_DE_L_INTERNET', 'NATIONAL_MOMENT')`)
@Check('chk_event_edition_dates', 'ends_on >= starts_on')
@Index('idx_event_edition_starts', ['startsOn'])
@Index('uq_event_edition_fete_year', ['year'], { unique: true, where: "kind = 'FETE_DE_L_INTERNET'" })
export class EventEditionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'event_edition_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: EditionKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** A handful of names (Villes Internet, CLEMI…): an array, not a table. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  nationalPartners: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
