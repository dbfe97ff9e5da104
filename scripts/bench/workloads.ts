import { signDevToken } from '../lib/dev-token';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Pool } from 'pg';
import { ROOT } from '../lib/runtime';
import { Random } from '../seed/random';

/**
 * The benchmark's workloads: the portal's and dashboards' own operations (the trusted documents
 * generated from schema/operations, sent as text so that every gateway gets the same request),
 * with variables drawn from the database.
 */
export type WorkloadId = 'directory' | 'epn-page' | 'coverage' | 'adherent-dashboard';

export interface BenchRequest {
  body: string;
  authorization?: string;
}

export interface Workload {
  id: WorkloadId;
  title: string;
  operation: string;
  /** An anonymous portal workload (the targets of the cached gateway apply to these). */
  portal: boolean;
  viewer: string;
  /** The root field each answer must carry. */
  rootField: string;
  /** Distinct requests; the runs take them in `warmup` and `measured` order (indices, cycled). */
  requests: BenchRequest[];
  warmup: number[];
  measured: number[];
}

export const WORKLOAD_IDS: WorkloadId[] = ['directory', 'epn-page', 'coverage', 'adherent-dashboard'];
const SEQUENCE_LENGTH = 100_000;
/** Share of the EPN whose pages only the warm-up asks for, so the measured run starts with none of its pages cached. */
const WARMUP_EPN_SHARE = 0.1;

export interface WorkloadSettings {
  jwtSecret: string;
  seed: number;
}

/** Operation name → document text, from the trusted documents manifest (each with the fragments it uses). */
export function trustedOperations(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'schema', '__generated__', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
  const byName = new Map<string, string>();
  for (const text of Object.values(manifest)) {
    for (const definition of parse(text).definitions) {
      if (definition.kind === 'OperationDefinition' && definition.name) byName.set(definition.name.value, text);
    }
  }
  return byName;
}

export function requestBody(operations: Map<string, string>, operationName: string, variables: Record<string, unknown>): string {
  const query = operations.get(operationName);
  if (!query) throw new Error(`No trusted document for the operation ${operationName}: run npm run codegen.`);
  return JSON.stringify({ query, operationName, variables });
}

/** The operation's root field (its first selection). */
function rootField(operations: Map<string, string>, operationName: string): string {
  const definition = parse(operations.get(operationName)!).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === operationName,
  )!;
  const first = definition.selectionSet.selections[0];
  if (first.kind !== 'Field') throw new Error(`${operationName} must start with a field`);
  return (first.alias ?? first.name).value;
}

export async function signToken(secret: string, claims: Record<string, string>, subject: string): Promise<string> {
  return signDevToken(secret, claims, { subject, expiresIn: '12h' });
}

function sequence(random: Random, size: number, pool?: readonly number[]): number[] {
  return Array.from({ length: SEQUENCE_LENGTH }, () => (pool ? random.pick(pool) : random.int(0, size - 1)));
}

/** Départements with at least `minEpn` EPN, by code. */
export async function departementsWithEpn(sql: Pool, minEpn = 1): Promise<{ code: string; epnCount: number }[]> {
  const { rows } = await sql.query<{ code: string; epn_count: string }>(
    `SELECT c.departement_code AS code, count(*) AS epn_count FROM epn.epn e JOIN geo.commune c ON c.code = e.commune_code
     GROUP BY 1 HAVING count(*) >= $1 ORDER BY 1`, [minEpn],
  );
  return rows.map((row) => ({ code: row.code, epnCount: Number(row.epn_count) }));
}

/** Validated adherents with labelled EPN or pending label requests: those whose dashboard shows something. */
export async function activeAdherents(sql: Pool, limit: number): Promise<string[]> {
  const { rows } = await sql.query<{ id: string }>(
    `SELECT a.adherent_id AS id FROM adherents.adhesion a
     WHERE a.status = 'VALIDATED'
       AND (EXISTS (SELECT 1 FROM epn.label l WHERE l.awarded_by_adherent_id = a.adherent_id AND l.status = 'ACTIVE')
         OR EXISTS (SELECT 1 FROM epn.label_request r WHERE r.adherent_id = a.adherent_id AND r.status = 'PENDING'))
     ORDER BY a.adherent_id LIMIT $1`, [limit],
  );
  return rows.map((row) => row.id);
}

export async function buildWorkloads(sql: Pool, settings: WorkloadSettings, only: readonly WorkloadId[] = WORKLOAD_IDS): Promise<Workload[]> {
  const operations = trustedOperations();
  const random = new Random(settings.seed);
  const workloads: Workload[] = [];
  const base = (id: WorkloadId, operation: string) => ({ id, operation, rootField: rootField(operations, operation) });

  if (only.includes('directory')) {
    const departements = await departementsWithEpn(sql);
    const requests = departements.map(({ code }) => ({ body: requestBody(operations, 'EpnDirectory', { territory: { level: 'DEPARTEMENT', code }, first: 20 }) }));
    workloads.push({
      ...base('directory', 'EpnDirectory'), portal: true, viewer: 'anonymous',
      title: `portal directory: first page (20 EPN with label, awarding adherent, next events, offer count) of a random département (${departements.length})`,
      requests, warmup: sequence(random, requests.length), measured: sequence(random, requests.length),
    });
  }

  if (only.includes('epn-page')) {
    const { rows } = await sql.query<{ id: string }>('SELECT id FROM epn.epn ORDER BY id');
    const ids = random.sample(rows.map((row) => row.id), rows.length);
    const requests = ids.map((id) => ({ body: requestBody(operations, 'EpnPage', { id }) }));
    const warmupCount = Math.max(1, Math.round(ids.length * WARMUP_EPN_SHARE));
    const warmupPool = Array.from({ length: warmupCount }, (_, i) => i);
    const measuredPool = Array.from({ length: ids.length - warmupCount }, (_, i) => warmupCount + i);
    workloads.push({
      ...base('epn-page', 'EpnPage'), portal: true, viewer: 'anonymous',
      title: `EPN page of a random EPN (${measuredPool.length.toLocaleString('en')}, drawn with replacement; the warm-up asks for ${warmupCount} others)`,
      requests, warmup: sequence(random, 0, warmupPool), measured: sequence(random, 0, measuredPool),
    });
  }

  if (only.includes('coverage')) {
    const authorization = `Bearer ${await signToken(settings.jwtSecret, { role: 'ANALYST' }, 'bench-analyst')}`;
    const requests = [{ body: requestBody(operations, 'CoverageMap', { level: 'DEPARTEMENT' }), authorization }];
    workloads.push({
      ...base('coverage', 'CoverageMap'), portal: false, viewer: 'analyst (JWT)',
      title: 'national label coverage by département, today (the dashboard\'s map: 101 rows and France), as an analyst',
      requests, warmup: [0], measured: [0],
    });
  }

  if (only.includes('adherent-dashboard')) {
    const adherents = await activeAdherents(sql, 50);
    if (!adherents.length) throw new Error('The database has no validated adherent with labelled EPN or pending requests: seed it (npm run seed).');
    const requests: BenchRequest[] = [];
    for (const [n, id] of adherents.entries()) {
      const token = await signToken(settings.jwtSecret, { role: 'ADHERENT_ADMIN', adherentId: id }, `bench-adherent-admin-${n}`);
      requests.push({ body: requestBody(operations, 'AdherentDashboard', { id, first: 20 }), authorization: `Bearer ${token}` });
    }
    workloads.push({
      ...base('adherent-dashboard', 'AdherentDashboard'), portal: false, viewer: 'adherent administrator (JWT)',
      title: `adherent administrator's dashboard (its adhesion, 20 labelled EPN, pending requests) of a random validated adherent (${adherents.length}), with its own token`,
      requests, warmup: sequence(random, requests.length), measured: sequence(random, requests.length),
    });
  }
  return workloads;
}
