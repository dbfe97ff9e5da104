import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const RESOURCE_KINDS = ['PIM_FRAMEWORK', 'LEGAL_GUIDE', 'TUTORIAL', 'ONLINE_COURSE', 'SIGNAGE_KIT', 'NEWS_WATCH'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** A resource published by the national mission; reserved ones are for labelled EPN only. */
@Entity({ name: 'resource' })
@Check('chk_resource_kind', `kind IN ('PIM_FRAMEWORK', 'LEGAL_GUIDE', 'TUTORIAL', 'ONLINE_COURSE', 'SIGNAGE_KIT', 'NEWS_WATCH')`)
@Index('idx_resource_published', ['publishedOn'])
@Index('idx_resource_kind', ['kind', 'publishedOn'])
@Index('idx_resource_reserved', ['publishedOn'], { where: 'reserved' })
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resource_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: ResourceKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'boolean', default: false })
  reserved: boolean;

  @Column({ type: 'date' })
  publishedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
