import { createHash } from 'node:crypto';
import { ApolloGateway, type GraphQLDataSource, type ServiceEndpointDefinition } from '@apollo/gateway';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../../subgraphs/kit/src';

type GatewayInterface = ApolloServerOptionsWithGateway<any>['gateway'];
type SchemaListener = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

interface Loaded {
  id: string;
  /** Registry version, when the supergraph comes from the registry. */
  version: number | null;
  gateway: ApolloGateway;
  schema: GraphQLSchema;
  sdl: string;
  inFlight: number;
  retired: boolean;
  subgraphs?: { name: string; url: string }[];
}

export interface ServedSupergraph {
  id: string;
  version: number | null;
  loadedAt: Date;
  /** How long building it (schema, query planner) took on the serving thread. */
  loadMs: number;
}

export interface LiveSupergraphOptions {
  supergraphSdl: string;
  version?: number | null;
  buildService(definition: ServiceEndpointDefinition): GraphQLDataSource;
  logger: Logger;
}

/**
 * The gateway Apollo Server runs, serving a supergraph that can change while it runs.
 *
 * Each supergraph version gets its own ApolloGateway (schema, query planner, subgraph clients).
 * A request is executed by the version it was parsed and validated against — Apollo Server hands
 * the executor the schema of that version — so a switch never fails a request in flight, even
 * when the new version removes what that request asks for. New requests use the new version as
 * soon as `update` resolves; a replaced version is stopped once its last request is done.
 */
export class LiveSupergraph implements GatewayInterface {
  private readonly listeners = new Set<SchemaListener>();
  private readonly bySchema = new WeakMap<GraphQLSchema, Loaded>();
  private current: Loaded | null = null;
  private loadedAt = new Date();
  private loadMs = 0;
  private updates: Promise<unknown> = Promise.resolve();
  private readonly retired = new Set<Loaded>();

  constructor(private readonly options: LiveSupergraphOptions) {
    // @apollo/gateway otherwise reports usage to Apollo and probes cloud metadata addresses at
    // every construction: a public-service graph sends nothing to third parties.
    process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  }

  async load(): Promise<{ executor: Executor }> {
    const started = performance.now();
    const loaded = await this.build(this.options.supergraphSdl, this.options.version ?? null);
    this.current = loaded;
    this.loadedAt = new Date();
    this.loadMs = Math.round(performance.now() - started);
    this.notify(loaded);
    return { executor: this.executor };
  }

  onSchemaLoadOrUpdate(listener: SchemaListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The subgraphs of the supergraph being served, as recorded in it (join__Graph). */
  subgraphs(): { name: string; url: string }[] {
    if (!this.current) return [];
    if (this.current.subgraphs === undefined) {
      this.current.subgraphs = [...this.current.sdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)].map((m) => ({ name: m[1], url: m[2] }));
    }
    return this.current.subgraphs;
  }

  served(): ServedSupergraph | null {
    return this.current ? { id: this.current.id, version: this.current.version, loadedAt: this.loadedAt, loadMs: this.loadMs } : null;
  }

  /**
   * Serves `supergraphSdl` from now on; resolves once new requests use it. An SDL that does not
   * load (it should not happen: the registry only records compositions that succeeded) throws and
   * the current version stays. Updates run one at a time, in order.
   */
  update(supergraphSdl: string, version: number | null = null): Promise<boolean> {
    const run = this.updates.then(async () => {
      if (!this.current) throw new Error('The supergraph is not loaded yet.');
      const id = supergraphId(supergraphSdl);
      if (id === this.current.id) {
        this.current.version = version ?? this.current.version;
        return false;
      }
      const started = performance.now();
      const loaded = await this.build(supergraphSdl, version);
      const previous = this.current;
      this.current = loaded;
      this.loadedAt = new Date();
      this.notify(loaded);
      this.loadMs = Math.round(performance.now() - started);
      this.options.logger.info({ version, previousVersion: previous.version, loadMs: this.loadMs }, 'serving a new supergraph');
      previous.retired = true;
      this.retired.add(previous);
      this.stopIfIdle(previous);
      return true;
    });
    this.updates = run.catch(() => undefined);
    return run;
  }

  private readonly executor: Executor = async (requestContext: RequestContext) => {
    const loaded = this.bySchema.get(requestContext.schema) ?? this.current;
    if (!loaded) throw new Error('The supergraph is not loaded yet.');
    loaded.inFlight += 1;
    try {
      return await loaded.gateway.executor(requestContext as never);
    } finally {
      loaded.inFlight -= 1;
      if (loaded.retired) this.stopIfIdle(loaded);
    }
  };

  async stop(): Promise<void> {
    await this.updates;
    const all = [...this.retired, ...(this.current ? [this.current] : [])];
    this.retired.clear();
    await Promise.all(all.map((l) => l.gateway.stop()));
  }

  private async build(supergraphSdl: string, version: number | null): Promise<Loaded> {
    const gateway = new ApolloGateway({
      supergraphSdl,
      // Supergraphs come from a composition that succeeded (the registry's, or npm run compose's);
      // validating them again would double the pause of the serving thread at each switch.
      validateSupergraph: false,
      buildService: this.options.buildService,
      logger: this.options.logger.child({ component: 'apollo-gateway', supergraphVersion: version }),
    });
    const { schema } = await gateway.load();
    const loaded: Loaded = { id: supergraphId(supergraphSdl), version, gateway, schema, sdl: supergraphSdl, inFlight: 0, retired: false };
    this.bySchema.set(schema, loaded);
    return loaded;
  }

  private notify(loaded: Loaded): void {
    for (const listener of this.listeners) listener({ apiSchema: loaded.schema, coreSupergraphSdl: loaded.sdl });
  }

  private stopIfIdle(loaded: Loaded): void {
    if (loaded.inFlight > 0 || !this.retired.has(loaded)) return;
    this.retired.delete(loaded);
    // Requests validated against it but not yet executing still find it by schema; a stopped
    // ApolloGateway only released its resources and can still execute them.
    loaded.gateway.stop().catch((error: unknown) => this.options.logger.warn({ err: error }, 'could not stop a replaced supergraph'));
  }
}

export function supergraphId(supergraphSdl: string): string {
  return createHash('sha256').update(supergraphSdl).digest('hex');
}
