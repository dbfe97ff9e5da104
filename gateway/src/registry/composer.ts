import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../../subgraphs/kit/src';
import type { Evaluation, EvaluationRequest } from './evaluate';

const WORKER_FILE = path.join(__dirname, 'composition-worker.ts');
// The project runs TypeScript through tsx; a worker thread loads it again for itself.
const BOOTSTRAP = `require('tsx/cjs/api').register(); require(require('node:worker_threads').workerData.file);`;

interface Pending {
  resolve(evaluation: Evaluation): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Runs compositions in one long-lived worker thread, one job at a time (publishes are rare, and one
 * core stays free for serving). A job that runs past the timeout is failed and its worker replaced;
 * a worker that dies is replaced at the next job.
 */
export class Composer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: { clientOperations: Record<string, string>; timeoutMs: number; logger: Logger }) {}

  /** Starts the worker ahead of the first check, so that it does not pay the worker's start-up. */
  warm(): void {
    if (!this.closed) this.ensureWorker();
  }

  /** Evaluates a candidate off the serving thread; jobs run in the order they were asked. */
  evaluate(request: EvaluationRequest): Promise<Evaluation> {
    const run = this.queue.then(() => this.run(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private run(request: EvaluationRequest): Promise<Evaluation> {
    if (this.closed) return Promise.reject(new Error('The composition worker is stopped.'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Evaluation>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.options.logger.error({ timeoutMs: this.options.timeoutMs }, 'composition timed out; replacing the worker');
        void this.replaceWorker();
        reject(new Error(`Composition did not finish within ${this.options.timeoutMs} ms.`));
      }, this.options.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, request });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { file: WORKER_FILE, clientOperations: this.options.clientOperations } });
    worker.unref();
    worker.on('message', (message: { id: number; evaluation?: Evaluation; error?: string }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.evaluation) pending.resolve(message.evaluation);
      else pending.reject(new Error(`Composition failed: ${message.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        pending.reject(error);
        this.pending.delete(id);
      }
    };
    worker.on('error', (error) => {
      this.options.logger.error({ err: error }, 'composition worker crashed');
      fail(error);
    });
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) fail(new Error(`The composition worker exited with code ${code}.`));
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private async replaceWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.replaceWorker();
  }
}
