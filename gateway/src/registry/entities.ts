import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { SchemaChange, SubgraphKind } from './evaluate';

/**
 * The schema registry, in the gateway's own PostgreSQL schema `registry`: subgraphs, every SDL
 * they published, every composed supergraph and which subgraph versions made it, and which
 * supergraph is served. Rows are never rewritten in place except `subgraph` (its current version)
 * and `current_supergraph` (one row), so the history stays complete.
 */
export type SupergraphAction = 'BOOTSTRAP' | 'SYNC_NATIONAL' | 'PUBLISH' | 'REMOVE' | 'ROLLBACK';

@Entity({ name: 'subgraph' })
@Check('chk_subgraph_kind', `kind IN ('NATIONAL', 'REGIONAL')`)
export class SubgraphEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'subgraph_pkey' })
  name: string;

  @Column({ type: 'text' })
  kind: SubgraphKind;

  /** Where the gateway calls it (the URL of its current version). */
  @Column({ type: 'text' })
  url: string;

  /** The organisation that runs it, e.g. « Centre de ressources numériques de Bretagne ». */
  @Column({ type: 'text', nullable: true })
  owner: string | null;

  /** Null once removed from the graph (its versions stay, for history and rollback). */
  @Column({ type: 'uuid', nullable: true })
  currentVersionId: string | null;

  @ManyToOne(() => SubgraphVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_version_id', foreignKeyConstraintName: 'fk_subgraph_current_version' })
  // Relation<>: the class is declared below (decorator metadata must not reference it yet).
  currentVersion?: Relation<SubgraphVersionEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'subgraph_version' })
@Index('idx_subgraph_version_subgraph', ['subgraphName', 'createdAt'])
export class SubgraphVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'subgraph_version_pkey' })
  id: string;

  @Column({ type: 'text' })
  subgraphName: string;

  @ManyToOne(() => SubgraphEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subgraph_name', foreignKeyConstraintName: 'fk_subgraph_version_subgraph' })
  subgraph?: SubgraphEntity;

  @Column({ type: 'text' })
  sdl: string;

  /** sha256 of the SDL: publishing the same SDL at the same URL changes nothing. */
  @Column({ type: 'text' })
  sdlHash: string;

  @Column({ type: 'text' })
  url: string;

  /** Subject of the credential that published it (`system` for the national sync). */
  @Column({ type: 'text' })
  publishedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'supergraph_version' })
@Check('chk_supergraph_version_action', `action IN ('BOOTSTRAP', 'SYNC_NATIONAL', 'PUBLISH', 'REMOVE', 'ROLLBACK')`)
export class SupergraphVersionEntity {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'supergraph_version_pkey' })
  version: number;

  @Column({ type: 'text' })
  supergraphSdl: string;

  /** The schema clients see (what breaking changes are measured against). */
  @Column({ type: 'text' })
  apiSchemaSdl: string;

  @Column({ type: 'text' })
  supergraphHash: string;

  @Column({ type: 'text' })
  action: SupergraphAction;

  /** The subgraph published or removed; null for the bootstrap and national syncs. */
  @Column({ type: 'text', nullable: true })
  subgraphName: string | null;

  /** ROLLBACK: the version whose subgraphs were restored. */
  @Column({ type: 'integer', nullable: true })
  rolledBackTo: number | null;

  @Column({ type: 'text' })
  publishedBy: string;

  @Column({ type: 'text' })
  publisherRole: string;

  /** True when the national administrator accepted breaking changes. */
  @Column({ type: 'boolean', default: false })
  breakingOverride: boolean;

  /** What changed for clients since the previous version. */
  @Column({ type: 'jsonb' })
  changes: SchemaChange[];

  @Column({ type: 'integer', nullable: true })
  compositionMs: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Which subgraph versions a supergraph version was composed from. */
@Entity({ name: 'supergraph_version_subgraph' })
@Index('idx_supergraph_version_subgraph_version', ['subgraphVersionId'])
export class SupergraphVersionSubgraphEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'supergraph_version_subgraph_pkey' })
  supergraphVersion: number;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'supergraph_version_subgraph_pkey' })
  subgraphVersionId: string;

  @ManyToOne(() => SupergraphVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supergraph_version', foreignKeyConstraintName: 'fk_supergraph_version_subgraph_supergraph' })
  supergraph?: SupergraphVersionEntity;

  @ManyToOne(() => SubgraphVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subgraph_version_id', foreignKeyConstraintName: 'fk_supergraph_version_subgraph_subgraph_version' })
  subgraphVersion?: SubgraphVersionEntity;
}

/** One row: the supergraph every gateway serves. Publishes lock it, so they never interleave. */
@Entity({ name: 'current_supergraph' })
@Check('chk_current_supergraph_singleton', 'singleton')
export class CurrentSupergraphEntity {
  @PrimaryColumn({ type: 'boolean', default: true, primaryKeyConstraintName: 'current_supergraph_pkey' })
  singleton: boolean;

  @Column({ type: 'integer' })
  version: number;

  @ManyToOne(() => SupergraphVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version', foreignKeyConstraintName: 'fk_current_supergraph_version' })
  supergraph?: SupergraphVersionEntity;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export const registryEntities = [SubgraphEntity, SubgraphVersionEntity, SupergraphVersionEntity, SupergraphVersionSubgraphEntity, CurrentSupergraphEntity];
