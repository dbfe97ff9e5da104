import { parentPort, threadId, workerData } from 'node:worker_threads';
import { evaluate, parseClientOperations, type EvaluationRequest } from './evaluate';

/**
 * The composition worker: composes candidate supergraphs and diffs them, one job at a time, on its
 * own thread, so that a composition (hundreds of milliseconds of CPU) never delays a request.
 */
const clientOperations = parseClientOperations((workerData as { clientOperations: Record<string, string> }).clientOperations);

parentPort!.on('message', (job: { id: number; request: EvaluationRequest }) => {
  evaluate(job.request, clientOperations, threadId).then(
    (evaluation) => parentPort!.postMessage({ id: job.id, evaluation }),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
