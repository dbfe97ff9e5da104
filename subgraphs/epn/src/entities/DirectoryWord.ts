import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Every word of the directory's searchable text, for typo correction; its trigram index is hand-written (gin_trgm_ops). */
@Entity({ name: 'directory_word' })
@Index('idx_directory_word_trigram', { synchronize: false })
export class DirectoryWordEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'directory_word_pkey' })
  word: string;
}
