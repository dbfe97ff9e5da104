import { z } from 'zod';
import { envVar, loadConfig, type Logger } from '../../subgraphs/kit/src';

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. It registers a tracer
 * provider for the whole process, exporting over OTLP/HTTP; the gateway then opens a span per
 * request (continuing the caller's W3C traceparent), @apollo/gateway adds its own (validate, plan,
 * execute, fetch), and the traceparent goes on to the subgraphs. No module is patched, so the order
 * of imports does not matter; the SDK is loaded only when tracing is on.
 */
export async function startTracing(env: NodeJS.ProcessEnv, logger: Logger): Promise<Tracing | null> {
  const config = loadConfig(
    {
      OTEL_EXPORTER_OTLP_ENDPOINT: envVar.url(['http', 'https']).optional(),
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: envVar.url(['http', 'https']).optional(),
      OTEL_SERVICE_NAME: z.string().default('netpublic-gateway'),
    },
    env,
  );
  const endpoint = config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (config.OTEL_EXPORTER_OTLP_ENDPOINT ? `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces` : null);
  if (!endpoint) return null;
  const [{ BasicTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { Resource }, { AsyncLocalStorageContextManager }, { W3CTraceContextPropagator }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
  ]);
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': config.OTEL_SERVICE_NAME }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }), { scheduledDelayMillis: 1000 })],
  });
  provider.register({ contextManager: new AsyncLocalStorageContextManager().enable(), propagator: new W3CTraceContextPropagator() });
  logger.info({ endpoint, serviceName: config.OTEL_SERVICE_NAME }, 'OpenTelemetry tracing on');
  return { shutdown: () => provider.shutdown() };
}
