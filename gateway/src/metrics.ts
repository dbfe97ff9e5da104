import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

/**
 * Prometheus metrics at /metrics. Each gateway has its own registry (tests run several in a process).
 * Operation names come from clients: the names of trusted documents are always kept, others until
 * MAX_OPERATION_NAMES distinct ones were seen, then they count as "other" — a client cannot blow up
 * the metrics' cardinality.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly knownNames: Set<string>;

  readonly requests = new Counter({
    name: 'netpublic_gateway_requests_total',
    help: 'GraphQL requests by operation name, operation type and outcome (ok, error, refused, cache_hit)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'netpublic_gateway_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name',
    labelNames: ['operation'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'netpublic_gateway_errors_total',
    help: 'Errors sent to clients, by code and subgraph ("" when the gateway raised it)',
    labelNames: ['code', 'subgraph'] as const,
    registers: [this.registry],
  });

  readonly subgraphRequests = new Counter({
    name: 'netpublic_gateway_subgraph_requests_total',
    help: 'Requests to subgraphs, by subgraph and outcome (ok, error, unavailable, timeout)',
    labelNames: ['subgraph', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly subgraphDuration = new Histogram({
    name: 'netpublic_gateway_subgraph_request_duration_seconds',
    help: 'Time a subgraph took to answer, by subgraph',
    labelNames: ['subgraph'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly subgraphDeduplicated = new Counter({
    name: 'netpublic_gateway_subgraph_requests_deduplicated_total',
    help: 'Subgraph queries not sent because an identical one (same viewer, document and variables) was in flight, by subgraph',
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });

  readonly cache = new Counter({
    name: 'netpublic_gateway_response_cache_total',
    help: 'Response cache lookups and writes: hit, miss, store, skip (not cacheable), error',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly cacheInvalidations = new Counter({
    name: 'netpublic_gateway_response_cache_invalidated_total',
    help: 'Cached answers dropped because a mutation changed what they depend on',
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'netpublic_gateway_rate_limited_total',
    help: 'Requests refused with 429 by the rate limiter',
    registers: [this.registry],
  });

  constructor(trustedOperationNames: string[] = [], defaultMetrics = true) {
    this.knownNames = new Set(trustedOperationNames);
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'netpublic_gateway_' });
  }

  /** The operation name as a label value, bounded (see the class comment). */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.knownNames.has(name) || this.operationNames.has(name)) return name;
    if (!NAME.test(name) || this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  observeRequest(operation: string, type: string, outcome: string, seconds: number): void {
    this.requests.inc({ operation, type, outcome });
    this.requestDuration.observe({ operation }, seconds);
  }
}
