import {
  appError, badUserInput, forbidden, notFound, requireRole, unauthenticated, type Logger, type Viewer,
} from '../../../subgraphs/kit/src';
import type { Composer } from './composer';
import { verdict, type CandidateSubgraph, type Evaluation, type EvaluationRequest, type SubgraphKind } from './evaluate';
import type { SupergraphAction } from './entities';
import type { CurrentSupergraph, Member, RegistryStore, Snapshot, SubgraphListing } from './store';

/** A national subgraph as the deployed code declares it (schema/subgraphs.json and its schema.graphql). */
export interface NationalSubgraph {
  name: string;
  url: string;
  sdl: string;
}

export type Outcome = 'ACCEPTED' | 'REJECTED' | 'PUBLISHED' | 'UNCHANGED';

/** What check, publish, remove and rollback answer: the verdict and everything that led to it. */
export interface RegistryReport extends Omit<Evaluation, 'supergraphSdl' | 'apiSchemaSdl' | 'composed'> {
  subgraph: string | null;
  kind: SubgraphKind | null;
  outcome: Outcome;
  composes: boolean;
  /** Only breaking changes stand in the way: the national administrator may override them. */
  needsOverride: boolean;
  /** The version clients are served (after a publish: the new one). */
  currentVersion: number;
  /** One line a person can act on. */
  summary: string;
  /** From receiving the request until this gateway served the new supergraph (publish, remove, rollback). */
  liveAfterMs?: number;
}

export interface PublishInput {
  sdl: string;
  url?: string;
  owner?: string;
  allowBreaking?: boolean;
}

/** Applies a new current supergraph on this gateway (the others hear of it from PostgreSQL). */
export type SupergraphListener = (current: CurrentSupergraph) => Promise<void>;

const MAX_SDL_BYTES = 512_000;
const UNPUBLISHED_URL = 'http://unpublished.invalid/graphql';
const MAX_ATTEMPTS = 3;

export class RegistryService {
  private listener: SupergraphListener = async () => undefined;

  constructor(
    private readonly store: RegistryStore,
    private readonly composer: Composer,
    private readonly national: NationalSubgraph[],
    private readonly logger: Logger,
  ) {}

  get nationalNames(): string[] {
    return this.national.map((n) => n.name);
  }

  onNewSupergraph(listener: SupergraphListener): void {
    this.listener = listener;
  }

  /**
   * At start: registers the national subgraphs on an empty registry (version 1), and afterwards
   * follows their deployed SDL (a new national release is composed with the regional subgraphs).
   * A national release that no longer composes is logged and the last good supergraph kept.
   */
  async bootstrap(): Promise<CurrentSupergraph> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const snapshot = await this.store.snapshot();
      const members = this.national.map((n) => ({ ...n, kind: 'NATIONAL' as const }));
      if (!snapshot) {
        const evaluation = await this.composer.evaluate({
          target: null, subgraphs: members, previousApiSchemaSdl: null, otherRegionalNames: [], nationalNames: this.nationalNames,
        });
        if (!evaluation.composed) throw new Error(`The national subgraphs do not compose: ${evaluation.compositionErrors.map((e) => e.message).join('; ')}`);
        const version = await this.store.commit(this.newVersion(evaluation, members, 'BOOTSTRAP', null, systemViewer()), null);
        if (version !== null) this.logger.info({ version, subgraphs: this.nationalNames }, 'registry initialised with the national subgraphs');
        if (version !== null) break;
        continue;
      }
      const stale = this.national.filter((n) => {
        const registered = snapshot.subgraphs.find((s) => s.name === n.name);
        return !registered || registered.sdl !== n.sdl || registered.url !== n.url;
      });
      // National subgraphs dropped from schema/subgraphs.json leave the graph with the release.
      const retired = snapshot.subgraphs.filter((s) => s.kind === 'NATIONAL' && !this.nationalNames.includes(s.name)).map((s) => s.name);
      if (!stale.length && !retired.length) break;
      const candidate = [...members, ...regionalOf(snapshot)];
      const evaluation = await this.composer.evaluate(this.request(null, candidate, snapshot));
      if (!evaluation.composed) {
        this.logger.error(
          { subgraphs: stale.map((s) => s.name), errors: evaluation.compositionErrors },
          'the deployed national subgraphs do not compose with the registered regional ones: serving the last good supergraph',
        );
        break;
      }
      const version = await this.store.commit(
        this.newVersion(evaluation, [...stale.map((n) => ({ ...n, kind: 'NATIONAL' as const })), ...keep(snapshot, [...stale.map((s) => s.name), ...retired])], 'SYNC_NATIONAL', null, systemViewer()),
        snapshot.version,
      );
      if (version !== null) {
        this.logger.info({ version, subgraphs: stale.map((s) => s.name), retired }, 'registry follows the deployed national subgraphs');
        break;
      }
    }
    const current = await this.store.current();
    if (!current) throw new Error('The registry has no current supergraph.');
    return current;
  }

  /** Composes the candidate with the current subgraphs and reports, changing nothing. */
  async check(viewer: Viewer, name: string, input: PublishInput): Promise<RegistryReport> {
    const kind = await this.authorizeSubgraph(viewer, name, 'check');
    validateInput(input);
    const snapshot = await this.requireSnapshot();
    // A first check needs no URL yet: composition only records it.
    const { evaluation } = await this.evaluateCandidate(snapshot, name, kind, input, UNPUBLISHED_URL);
    return this.report(evaluation, name, kind, snapshot.version, !!input.allowBreaking && viewer.role === 'NATIONAL_ADMIN', false);
  }

  /** Same checks; when accepted, records the new supergraph and serves it, without a restart. */
  async publish(viewer: Viewer, name: string, input: PublishInput): Promise<RegistryReport> {
    const received = performance.now();
    const kind = await this.authorizeSubgraph(viewer, name, 'publish');
    if (input.allowBreaking) requireRole(viewer, ['NATIONAL_ADMIN'], 'publish breaking changes (--allow-breaking)');
    validateInput(input);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const snapshot = await this.requireSnapshot();
      const { evaluation, url, unchanged } = await this.evaluateCandidate(snapshot, name, kind, input);
      const allowBreaking = !!input.allowBreaking;
      if (unchanged) return { ...this.report(evaluation, name, kind, snapshot.version, allowBreaking, false), outcome: 'UNCHANGED', summary: `Nothing to publish: ${name} already serves this SDL at ${url} (version ${snapshot.version}).` };
      const { accepted } = verdict(evaluation, allowBreaking);
      if (!accepted) return this.report(evaluation, name, kind, snapshot.version, allowBreaking, false);
      const members = [
        ...keep(snapshot, [name]),
        { name, kind, owner: input.owner ?? (snapshot.subgraphs.some((s) => s.name === name) ? undefined : viewer.subject), sdl: input.sdl, url },
      ];
      const version = await this.store.commit(this.newVersion(evaluation, members, 'PUBLISH', name, viewer, allowBreaking), snapshot.version);
      if (version === null) continue;
      this.logger.info({ version, subgraph: name, by: viewer.subject, breakingOverride: allowBreaking && evaluation.breakingChanges.length > 0 }, 'subgraph published');
      const liveAfterMs = await this.goLive(received);
      return { ...this.report(evaluation, name, kind, version, allowBreaking, true), liveAfterMs };
    }
    throw appError('CONFLICT', 'Other publishes kept landing while this one composed; try again.');
  }

  /** National administrator: takes a regional subgraph out of the graph (its history stays). */
  async remove(viewer: Viewer, name: string): Promise<RegistryReport> {
    const received = performance.now();
    requireRole(viewer, ['NATIONAL_ADMIN'], 'remove a subgraph');
    if (this.nationalNames.includes(name)) {
      throw forbidden(`${name} is a national subgraph: it leaves the graph by a new release of schema/subgraphs.json, not through the registry.`);
    }
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const snapshot = await this.requireSnapshot();
      if (!snapshot.subgraphs.some((s) => s.name === name)) throw notFound('subgraph in the current supergraph', name);
      const members = snapshot.subgraphs.filter((s) => s.name !== name);
      const evaluation = await this.composer.evaluate(this.request(null, members.map(candidateOf), snapshot));
      if (!evaluation.composed) return this.report(evaluation, name, 'REGIONAL', snapshot.version, true, false);
      const version = await this.store.commit(this.newVersion(evaluation, keep(snapshot, [name]), 'REMOVE', name, viewer, true), snapshot.version);
      if (version === null) continue;
      this.logger.info({ version, subgraph: name, by: viewer.subject }, 'subgraph removed');
      const liveAfterMs = await this.goLive(received);
      return { ...this.report(evaluation, name, 'REGIONAL', version, true, true), liveAfterMs, summary: `Removed ${name}: version ${version} is live.` };
    }
    throw appError('CONFLICT', 'Other publishes kept landing meanwhile; try again.');
  }

  /**
   * National administrator: serves again the regional subgraphs of an earlier version (those
   * added since leave, those removed since come back). National subgraphs stay at their deployed
   * version: the registry cannot roll back the code running them.
   */
  async rollback(viewer: Viewer, target: number): Promise<RegistryReport> {
    const received = performance.now();
    requireRole(viewer, ['NATIONAL_ADMIN'], 'roll back the supergraph');
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const snapshot = await this.requireSnapshot();
      const earlier = await this.store.version(target);
      if (!earlier) throw notFound('supergraph version', String(target));
      if (target === snapshot.version) throw appError('CONFLICT', `Version ${target} is already the current one.`);
      const national = snapshot.subgraphs.filter((s) => s.kind === 'NATIONAL');
      const regional = earlier.members.filter((m) => m.kind === 'REGIONAL');
      const candidate: CandidateSubgraph[] = [...national.map(candidateOf), ...regional.map((m) => ({ name: m.name, url: m.url, sdl: m.sdl, kind: m.kind }))];
      const evaluation = await this.composer.evaluate(this.request(null, candidate, snapshot));
      if (!evaluation.composed) return this.report(evaluation, null, null, snapshot.version, true, false);
      const members: Member[] = [
        ...national.map((s) => ({ name: s.name, kind: s.kind, versionId: s.versionId })),
        ...regional.map((m) => ({ name: m.name, kind: m.kind, versionId: m.versionId })),
      ];
      const next = { ...this.newVersion(evaluation, members, 'ROLLBACK', null, viewer, true), rolledBackTo: target };
      const version = await this.store.commit(next, snapshot.version);
      if (version === null) continue;
      this.logger.info({ version, rolledBackTo: target, by: viewer.subject }, 'supergraph rolled back');
      const liveAfterMs = await this.goLive(received);
      return { ...this.report(evaluation, null, null, version, true, true), liveAfterMs, summary: `Rolled back to the regional subgraphs of version ${target}: version ${version} is live.` };
    }
    throw appError('CONFLICT', 'Other publishes kept landing meanwhile; try again.');
  }

  async list(viewer: Viewer): Promise<{ currentVersion: number | null; subgraphs: (Omit<SubgraphListing, 'url'> & { url: string | null })[] }> {
    requireRole(viewer, ['NATIONAL_ADMIN', 'REGIONAL_CENTRE'], 'read the registry');
    const [current, subgraphs] = await Promise.all([this.store.current(), this.store.list()]);
    return { currentVersion: current?.version ?? null, subgraphs: subgraphs.map((s) => ({ ...s, url: urlFor(viewer, s.name, s.url) })) };
  }

  async history(viewer: Viewer, limit: number) {
    requireRole(viewer, ['NATIONAL_ADMIN', 'REGIONAL_CENTRE'], 'read the registry');
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badUserInput('limit', 'must be an integer between 1 and 500');
    return (await this.store.history(limit)).map((entry) => ({ ...entry, subgraphs: entry.subgraphs.map((s) => ({ ...s, url: urlFor(viewer, s.name, s.url) })) }));
  }

  async version(viewer: Viewer, version: number) {
    requireRole(viewer, ['NATIONAL_ADMIN', 'REGIONAL_CENTRE'], 'read the registry');
    const detail = await this.store.version(version);
    if (!detail) throw notFound('supergraph version', String(version));
    if (viewer.role === 'NATIONAL_ADMIN') return detail;
    // The supergraph SDL records every subgraph's address: for the national administrator only.
    return {
      ...detail,
      supergraphSdl: '',
      subgraphs: detail.subgraphs.map((s) => ({ ...s, url: urlFor(viewer, s.name, s.url) })),
      members: detail.members.map((m) => ({ ...m, url: urlFor(viewer, m.name, m.url) })),
    };
  }

  private async goLive(received: number): Promise<number> {
    const current = await this.store.current();
    if (current) await this.listener(current);
    return Math.round(performance.now() - received);
  }

  private async requireSnapshot(): Promise<Snapshot> {
    const snapshot = await this.store.snapshot();
    if (!snapshot) throw appError('CONFLICT', 'The registry is not initialised yet: start the gateway once.');
    return snapshot;
  }

  /** Who may check or publish a subgraph: its own regional centre, or the national administrator. */
  private async authorizeSubgraph(viewer: Viewer, name: string, action: 'check' | 'publish'): Promise<SubgraphKind> {
    if (viewer.role === 'ANONYMOUS') throw unauthenticated(`You must be signed in to ${action} a subgraph: send your regional centre's credential as a bearer token.`);
    requireRole(viewer, ['NATIONAL_ADMIN', 'REGIONAL_CENTRE'], `${action} a subgraph`);
    const kind: SubgraphKind = this.nationalNames.includes(name) || (await this.store.kindOf(name)) === 'NATIONAL' ? 'NATIONAL' : 'REGIONAL';
    if (viewer.role === 'NATIONAL_ADMIN') return kind;
    if (kind === 'NATIONAL') {
      throw forbidden(`${name} is a national subgraph: only the national administrator may ${action} it.`, { subgraph: name });
    }
    if (viewer.subgraph !== name) {
      throw forbidden(
        viewer.subgraph
          ? `This credential belongs to the regional subgraph "${viewer.subgraph}": it cannot ${action} "${name}".`
          : `This regional centre credential names no subgraph: ask the national administrator for one that names "${name}".`,
        { subgraph: name, credentialSubgraph: viewer.subgraph ?? null },
      );
    }
    return kind;
  }

  private async evaluateCandidate(snapshot: Snapshot, name: string, kind: SubgraphKind, input: PublishInput, fallbackUrl?: string) {
    const existing = snapshot.subgraphs.find((s) => s.name === name);
    const url = input.url ?? existing?.url ?? fallbackUrl;
    if (!url) throw badUserInput('url', `is required the first time ${name} is published (where the gateway will call it)`);
    const candidate = [...snapshot.subgraphs.filter((s) => s.name !== name).map(candidateOf), { name, url, sdl: input.sdl, kind }];
    const evaluation = await this.composer.evaluate(this.request({ name, kind }, candidate, snapshot));
    return { evaluation, url, unchanged: !!existing && existing.sdl === input.sdl && existing.url === url };
  }

  private request(target: EvaluationRequest['target'], subgraphs: CandidateSubgraph[], snapshot: Snapshot): EvaluationRequest {
    return {
      target,
      subgraphs,
      previousApiSchemaSdl: snapshot.apiSchemaSdl,
      otherRegionalNames: snapshot.subgraphs.filter((s) => s.kind === 'REGIONAL' && s.name !== target?.name).map((s) => s.name),
      nationalNames: this.nationalNames,
    };
  }

  private newVersion(evaluation: Evaluation, members: Member[], action: SupergraphAction, subgraphName: string | null, viewer: Viewer, allowBreaking = false) {
    return {
      members,
      supergraphSdl: evaluation.supergraphSdl!,
      apiSchemaSdl: evaluation.apiSchemaSdl!,
      action,
      subgraphName,
      publishedBy: viewer.subject ?? 'anonymous',
      publisherRole: viewer.role,
      breakingOverride: allowBreaking && evaluation.breakingChanges.length > 0,
      changes: [...evaluation.breakingChanges, ...evaluation.dangerousChanges, ...evaluation.safeChanges],
      compositionMs: evaluation.compositionMs,
    };
  }

  private report(evaluation: Evaluation, name: string | null, kind: SubgraphKind | null, currentVersion: number, allowBreaking: boolean, published: boolean): RegistryReport {
    const { supergraphSdl: _s, apiSchemaSdl: _a, composed, ...rest } = evaluation;
    const { accepted, needsOverride } = verdict(evaluation, allowBreaking);
    const outcome: Outcome = published ? 'PUBLISHED' : accepted ? 'ACCEPTED' : 'REJECTED';
    return { ...rest, subgraph: name, kind, outcome, composes: composed, needsOverride, currentVersion, summary: summarise(evaluation, outcome, needsOverride, name, currentVersion) };
  }
}

function summarise(evaluation: Evaluation, outcome: Outcome, needsOverride: boolean, name: string | null, version: number): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (outcome === 'REJECTED') {
    const problems: string[] = [];
    if (evaluation.compositionErrors.length) problems.push(count(evaluation.compositionErrors.length, 'composition error'));
    if (evaluation.namingViolations.length) problems.push(count(evaluation.namingViolations.length, 'naming-rule violation'));
    if (needsOverride) {
      const breaking = count(evaluation.breakingChanges.length, 'breaking change');
      const operations = evaluation.brokenOperations.length ? ` (${count(evaluation.brokenOperations.length, 'client operation')} would fail)` : '';
      problems.push(`${breaking} for clients${operations}, which only the national administrator may accept (--allow-breaking)`);
    }
    return `Rejected${name ? ` ${name}` : ''}: ${problems.join('; ')}. The graph is unchanged (version ${version}).`;
  }
  const changes = `${count(evaluation.safeChanges.length + evaluation.dangerousChanges.length + evaluation.breakingChanges.length, 'change')} for clients, ${count(evaluation.breakingChanges.length, 'breaking change')}`;
  if (outcome === 'PUBLISHED') return `Published${name ? ` ${name}` : ''}: version ${version} is live (${changes}).`;
  return `Accepted${name ? ` ${name}` : ''}: it composes with the current graph (version ${version}); ${changes}.`;
}

/** Where other subgraphs run is infrastructure: a regional centre sees only its own subgraph's URL. */
function urlFor(viewer: Viewer, name: string, url: string): string | null {
  return viewer.role === 'NATIONAL_ADMIN' || viewer.subgraph === name ? url : null;
}

function validateInput(input: PublishInput): void {
  if (typeof input.sdl !== 'string' || !input.sdl.trim()) throw badUserInput('sdl', 'must be the subgraph schema (SDL) as text');
  if (Buffer.byteLength(input.sdl) > MAX_SDL_BYTES) throw badUserInput('sdl', `must be at most ${MAX_SDL_BYTES} bytes`);
  if (input.url !== undefined) {
    let valid = false;
    try {
      valid = ['http:', 'https:'].includes(new URL(input.url).protocol);
    } catch {
      valid = false;
    }
    if (!valid) throw badUserInput('url', 'must be an http:// or https:// URL (where the gateway calls the subgraph)');
  }
  if (input.owner !== undefined && (typeof input.owner !== 'string' || input.owner.length > 200)) throw badUserInput('owner', 'must be a name of at most 200 characters');
}

function candidateOf(s: { name: string; url: string; sdl: string; kind: SubgraphKind }): CandidateSubgraph {
  return { name: s.name, url: s.url, sdl: s.sdl, kind: s.kind };
}

function regionalOf(snapshot: Snapshot): CandidateSubgraph[] {
  return snapshot.subgraphs.filter((s) => s.kind === 'REGIONAL').map(candidateOf);
}

/** The current subgraphs, unchanged, except those named. */
function keep(snapshot: Snapshot, except: string[]): Member[] {
  return snapshot.subgraphs.filter((s) => !except.includes(s.name)).map((s) => ({ name: s.name, kind: s.kind, versionId: s.versionId }));
}

function systemViewer(): Viewer {
  return { role: 'NATIONAL_ADMIN', subject: 'system' };
}
