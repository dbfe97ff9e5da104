import { Client } from 'pg';
import type { Logger } from '../../../subgraphs/kit/src';
import type { LiveSupergraph } from '../live-supergraph';
import { REGISTRY_CHANNEL, type RegistryStore } from './store';

export interface WatcherOptions {
  databaseUrl: string;
  store: RegistryStore;
  supergraph: LiveSupergraph;
  logger: Logger;
  /** Safety net besides LISTEN/NOTIFY (a notification sent while reconnecting is lost). */
  pollMs: number;
}

/**
 * Keeps one gateway replica on the registry's current supergraph: PostgreSQL notifies every
 * listening replica when a publish commits, and a slow poll catches anything missed.
 */
export class SupergraphWatcher {
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: WatcherOptions) {}

  async start(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.refresh(), this.options.pollMs);
    this.timer.unref();
  }

  /** Loads the current supergraph if this replica serves another one; concurrent calls coalesce. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        try {
          const current = await this.options.store.current();
          const served = this.options.supergraph.served();
          if (current && served?.version !== current.version) {
            await this.options.supergraph.update(current.supergraphSdl, current.version);
          }
        } catch (error) {
          this.options.logger.warn({ err: error }, 'could not refresh the supergraph from the registry; serving the last one');
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: 'netpublic-gateway-registry' });
    client.on('notification', () => void this.refresh());
    client.on('error', (error) => {
      this.options.logger.warn({ err: error.message }, 'registry listener lost its connection; reconnecting');
      this.scheduleReconnect(client);
    });
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${REGISTRY_CHANNEL}`);
      this.client = client;
      // Anything published while this replica was not listening.
      void this.refresh();
    } catch (error) {
      this.options.logger.warn({ err: error instanceof Error ? error.message : error }, 'could not listen to the registry; retrying');
      this.scheduleReconnect(client);
    }
  }

  private scheduleReconnect(client: Client): void {
    if (this.stopped || this.reconnect) return;
    if (this.client === client) this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      void this.listen();
    }, 1000);
    this.reconnect.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
    await this.refreshing;
  }
}
