import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { SchemaChange, SubgraphKind } from './evaluate';
import type { SupergraphAction } from './entities';

/** PostgreSQL channel on which every gateway replica hears of a new current supergraph. */
export const REGISTRY_CHANNEL = 'netpublic_registry';
// Serialises writes to the registry across gateway replicas, for the length of one transaction.
const WRITE_LOCK = 'SELECT pg_advisory_xact_lock(7243005)';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface CurrentSubgraph {
  name: string;
  kind: SubgraphKind;
  url: string;
  owner: string | null;
  versionId: string;
  sdl: string;
  sdlHash: string;
  publishedBy: string;
  publishedAt: Date;
}

export interface Snapshot {
  version: number;
  supergraphSdl: string;
  apiSchemaSdl: string;
  subgraphs: CurrentSubgraph[];
}

export interface CurrentSupergraph {
  version: number;
  supergraphSdl: string;
  supergraphHash: string;
}

/** A subgraph of a new supergraph version: an existing subgraph version, or a new SDL at a URL. */
export type Member =
  | { name: string; kind: SubgraphKind; owner?: string | null; versionId: string }
  | { name: string; kind: SubgraphKind; owner?: string | null; sdl: string; url: string };

export interface NewVersion {
  members: Member[];
  supergraphSdl: string;
  apiSchemaSdl: string;
  action: SupergraphAction;
  subgraphName: string | null;
  rolledBackTo?: number | null;
  publishedBy: string;
  publisherRole: string;
  breakingOverride: boolean;
  changes: SchemaChange[];
  compositionMs: number | null;
}

export interface SubgraphListing {
  name: string;
  kind: SubgraphKind;
  url: string;
  owner: string | null;
  status: 'ACTIVE' | 'REMOVED';
  currentVersionId: string | null;
  sdlHash: string | null;
  versions: number;
  updatedAt: Date;
}

export interface HistoryEntry {
  version: number;
  status: 'CURRENT' | 'SUPERSEDED';
  action: SupergraphAction;
  subgraph: string | null;
  rolledBackTo: number | null;
  publishedBy: string;
  publisherRole: string;
  breakingOverride: boolean;
  createdAt: Date;
  compositionMs: number | null;
  changes: SchemaChange[];
  subgraphs: { name: string; versionId: string; sdlHash: string; url: string }[];
}

export interface VersionDetail extends HistoryEntry {
  supergraphSdl: string;
  apiSchemaSdl: string;
  members: { name: string; kind: SubgraphKind; versionId: string; url: string; sdl: string }[];
}

/** Data access of the registry; every write is one transaction that either lands whole or not at all. */
export class RegistryStore {
  constructor(readonly dataSource: DataSource) {}

  async current(): Promise<CurrentSupergraph | null> {
    const rows: { version: number; supergraph_sdl: string; supergraph_hash: string }[] = await this.dataSource.query(
      `SELECT v.version, v.supergraph_sdl, v.supergraph_hash FROM registry.current_supergraph c
        JOIN registry.supergraph_version v ON v.version = c.version`,
    );
    return rows[0] ? { version: rows[0].version, supergraphSdl: rows[0].supergraph_sdl, supergraphHash: rows[0].supergraph_hash } : null;
  }

  /** The current supergraph version and the subgraph versions it was composed from. */
  async snapshot(manager: EntityManager = this.dataSource.manager): Promise<Snapshot | null> {
    const rows: { version: number; supergraph_sdl: string; api_schema_sdl: string }[] = await manager.query(
      `SELECT v.version, v.supergraph_sdl, v.api_schema_sdl FROM registry.current_supergraph c
        JOIN registry.supergraph_version v ON v.version = c.version`,
    );
    if (!rows[0]) return null;
    const subgraphs: Record<string, any>[] = await manager.query(
      `SELECT s.name, s.kind, s.owner, sv.url, sv.id AS version_id, sv.sdl, sv.sdl_hash, sv.published_by, sv.created_at
         FROM registry.supergraph_version_subgraph m
         JOIN registry.subgraph_version sv ON sv.id = m.subgraph_version_id
         JOIN registry.subgraph s ON s.name = sv.subgraph_name
        WHERE m.supergraph_version = $1
        ORDER BY s.kind, s.name`,
      [rows[0].version],
    );
    return {
      version: rows[0].version,
      supergraphSdl: rows[0].supergraph_sdl,
      apiSchemaSdl: rows[0].api_schema_sdl,
      subgraphs: subgraphs.map((r) => ({
        name: r.name, kind: r.kind, url: r.url, owner: r.owner, versionId: r.version_id, sdl: r.sdl, sdlHash: r.sdl_hash,
        publishedBy: r.published_by, publishedAt: r.created_at,
      })),
    };
  }

  /**
   * Records a new supergraph version and makes it current, if the current version is still
   * `expected` (null: none yet). Returns the new version number, or null when another publish
   * landed first (the caller composes again on the new current version).
   */
  async commit(next: NewVersion, expected: number | null): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(WRITE_LOCK);
      const current: { version: number }[] = await manager.query('SELECT version FROM registry.current_supergraph');
      if ((current[0]?.version ?? null) !== expected) return null;

      const memberVersionIds: string[] = [];
      for (const member of next.members) {
        let versionId: string;
        let url: string;
        if ('versionId' in member) {
          versionId = member.versionId;
          const found: { url: string }[] = await manager.query('SELECT url FROM registry.subgraph_version WHERE id = $1', [versionId]);
          url = found[0].url;
        } else {
          url = member.url;
          await manager.query(
            `INSERT INTO registry.subgraph (name, kind, url, owner) VALUES ($1, $2, $3, $4)
              ON CONFLICT (name) DO NOTHING`,
            [member.name, member.kind, member.url, member.owner ?? null],
          );
          const inserted: { id: string }[] = await manager.query(
            `INSERT INTO registry.subgraph_version (subgraph_name, sdl, sdl_hash, url, published_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [member.name, member.sdl, sha256(member.sdl), member.url, next.publishedBy],
          );
          versionId = inserted[0].id;
        }
        await manager.query(
          `UPDATE registry.subgraph SET current_version_id = $2::uuid, url = $3, owner = COALESCE($4, owner),
                  updated_at = CASE WHEN current_version_id IS DISTINCT FROM $2::uuid THEN now() ELSE updated_at END
            WHERE name = $1`,
          [member.name, versionId, url, member.owner ?? null],
        );
        memberVersionIds.push(versionId);
      }
      // Subgraphs that are not part of the new version leave the graph (their history stays).
      await manager.query(
        `UPDATE registry.subgraph SET current_version_id = NULL, updated_at = now()
          WHERE current_version_id IS NOT NULL AND NOT (name = ANY($1::text[]))`,
        [next.members.map((m) => m.name)],
      );

      const inserted: { version: number }[] = await manager.query(
        `INSERT INTO registry.supergraph_version
           (supergraph_sdl, api_schema_sdl, supergraph_hash, action, subgraph_name, rolled_back_to, published_by, publisher_role, breaking_override, changes, composition_ms)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11) RETURNING version`,
        [
          next.supergraphSdl, next.apiSchemaSdl, sha256(next.supergraphSdl), next.action, next.subgraphName, next.rolledBackTo ?? null,
          next.publishedBy, next.publisherRole, next.breakingOverride, JSON.stringify(next.changes), next.compositionMs,
        ],
      );
      const version = inserted[0].version;
      await manager.query(
        `INSERT INTO registry.supergraph_version_subgraph (supergraph_version, subgraph_version_id) SELECT $1, unnest($2::uuid[])`,
        [version, memberVersionIds],
      );
      await manager.query(
        `INSERT INTO registry.current_supergraph (singleton, version) VALUES (true, $1)
          ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, updated_at = now()`,
        [version],
      );
      // Delivered to every listening replica when (and only if) the transaction commits.
      await manager.query('SELECT pg_notify($1, $2)', [REGISTRY_CHANNEL, String(version)]);
      return version;
    });
  }

  /** The kind of a registered subgraph (removed ones included), or undefined. */
  async kindOf(name: string): Promise<SubgraphKind | undefined> {
    const rows: { kind: SubgraphKind }[] = await this.dataSource.query('SELECT kind FROM registry.subgraph WHERE name = $1', [name]);
    return rows[0]?.kind;
  }

  async list(): Promise<SubgraphListing[]> {
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT s.name, s.kind, s.url, s.owner, s.current_version_id, s.updated_at, cv.sdl_hash,
              (SELECT count(*)::int FROM registry.subgraph_version v WHERE v.subgraph_name = s.name) AS versions
         FROM registry.subgraph s LEFT JOIN registry.subgraph_version cv ON cv.id = s.current_version_id
        ORDER BY s.kind, s.name`,
    );
    return rows.map((r) => ({
      name: r.name, kind: r.kind, url: r.url, owner: r.owner, status: r.current_version_id ? 'ACTIVE' : 'REMOVED',
      currentVersionId: r.current_version_id, sdlHash: r.sdl_hash, versions: r.versions, updatedAt: r.updated_at,
    }));
  }

  async history(limit: number): Promise<HistoryEntry[]> {
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT v.*, (v.version = c.version) AS is_current,
              COALESCE((SELECT json_agg(json_build_object('name', sv.subgraph_name, 'versionId', sv.id, 'sdlHash', sv.sdl_hash, 'url', sv.url) ORDER BY sv.subgraph_name)
                 FROM registry.supergraph_version_subgraph m JOIN registry.subgraph_version sv ON sv.id = m.subgraph_version_id
                WHERE m.supergraph_version = v.version), '[]') AS subgraphs
         FROM registry.supergraph_version v LEFT JOIN registry.current_supergraph c ON true
        ORDER BY v.version DESC LIMIT $1`,
      [limit],
    );
    return rows.map(historyEntry);
  }

  async version(version: number): Promise<VersionDetail | null> {
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT v.*, (v.version = c.version) AS is_current, '[]'::json AS subgraphs
         FROM registry.supergraph_version v LEFT JOIN registry.current_supergraph c ON true WHERE v.version = $1`,
      [version],
    );
    if (!rows[0]) return null;
    const members: Record<string, any>[] = await this.dataSource.query(
      `SELECT sv.subgraph_name AS name, s.kind, sv.id AS version_id, sv.url, sv.sdl, sv.sdl_hash
         FROM registry.supergraph_version_subgraph m
         JOIN registry.subgraph_version sv ON sv.id = m.subgraph_version_id
         JOIN registry.subgraph s ON s.name = sv.subgraph_name
        WHERE m.supergraph_version = $1 ORDER BY s.kind, sv.subgraph_name`,
      [version],
    );
    return {
      ...historyEntry(rows[0]),
      subgraphs: members.map((m) => ({ name: m.name, versionId: m.version_id, sdlHash: m.sdl_hash, url: m.url })),
      supergraphSdl: rows[0].supergraph_sdl,
      apiSchemaSdl: rows[0].api_schema_sdl,
      members: members.map((m) => ({ name: m.name, kind: m.kind, versionId: m.version_id, url: m.url, sdl: m.sdl })),
    };
  }
}

function historyEntry(row: Record<string, any>): HistoryEntry {
  return {
    version: row.version,
    status: row.is_current ? 'CURRENT' : 'SUPERSEDED',
    action: row.action,
    subgraph: row.subgraph_name,
    rolledBackTo: row.rolled_back_to,
    publishedBy: row.published_by,
    publisherRole: row.publisher_role,
    breakingOverride: row.breaking_override,
    createdAt: row.created_at,
    compositionMs: row.composition_ms,
    changes: row.changes,
    subgraphs: row.subgraphs,
  };
}
