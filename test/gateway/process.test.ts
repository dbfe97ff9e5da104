import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { composeFromFiles, readSubgraphList } from '../../scripts/lib/compose';
import { TEST_JWT_SECRET, startTestGraph, type TestGraph } from '../support/graph';
import { freePort, startDelayProxy, startGatewayProcess } from '../support/processes';

/** The gateway as its own process, configured by its environment: shutdown, any supergraph, logs, traces. */
describe('the gateway process', () => {
  let graph: TestGraph;
  let env: Record<string, string>;
  beforeAll(async () => {
    graph = await startTestGraph();
    env = {
      GATEWAY_PRIVATE_KEY: graph.keyPair.privateKeyPem,
      JWT_SECRET: TEST_JWT_SECRET,
      ...Object.fromEntries([...graph.graph.subgraphs].map(([name, s]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, s.server.url])),
    };
  });
  afterAll(() => graph.stop());

  const QUERY = JSON.stringify({ query: '{ epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 2) { totalCount edges { node { name } } } }' });

  it('on SIGTERM, finishes the request in flight while refusing new connections, then exits 0', async () => {
    const slowEpn = await startDelayProxy(graph.graph.subgraphs.get('epn')!.server.url, 3_000);
    const gateway = await startGatewayProcess({ ...env, SUBGRAPH_EPN_URL: slowEpn.url });
    try {
      const inFlight = fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exited = gateway.stop();
      for (let i = 0; i < 100 && !gateway.logs.some((l) => l.msg === 'stopping: finishing in-flight requests'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      // A new client cannot get in any more.
      const refused = await new Promise<string>((resolve) => {
        const request = http.request(gateway.url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => resolve(`HTTP ${res.statusCode}`));
        request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
        request.end(QUERY);
      });
      expect(refused).toBe('ECONNREFUSED');
      const response = await inFlight;
      expect(response.status).toBe(200);
      const body = (await response.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.epns.edges).toHaveLength(2);
      expect(await exited).toBe(0);
      expect(gateway.logs.some((l) => l.msg === 'gateway stopped')).toBe(true);
    } finally {
      await gateway.stop();
      await slowEpn.close();
    }
  });

  it('serves any supergraph file given with --supergraph, reports each of its subgraphs in /ready, and logs errors with the request id', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'netpublic-supergraph-'));
    const file = path.join(dir, 'two-subgraphs.graphql');
    writeFileSync(file, composeFromFiles(readSubgraphList().filter((s) => s.name === 'epn' || s.name === 'events')).supergraphSdl);
    const deadEvents = `http://127.0.0.1:${await freePort()}/graphql`;
    const gateway = await startGatewayProcess({ ...env, SUBGRAPH_EVENTS_URL: deadEvents }, ['--supergraph', file]);
    try {
      const ready = await fetch(`${gateway.base}/ready`);
      expect(ready.status).toBe(503);
      const readiness = (await ready.json()) as any;
      expect(Object.keys(readiness.subgraphs).sort()).toEqual(['epn', 'events']);
      expect(readiness.subgraphs.epn.status).toBe('up');
      expect(readiness.subgraphs.events).toMatchObject({ status: 'down', url: deadEvents, error: 'unreachable' });

      // Fields of subgraphs outside this supergraph do not exist here.
      const unknown = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ charters { version } }' }) });
      expect(unknown.status).toBe(400);

      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'two-subgraphs-42' },
        body: JSON.stringify({ query: '{ epns(first: 2) { edges { node { name events(first: 1) { totalCount } } } } }' }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as any;
      expect(body.data.epns.edges).toHaveLength(2);
      expect(body.errors[0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'events', requestId: 'two-subgraphs-42' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const logged = gateway.logs.find((l) => l.requestId === 'two-subgraphs-42' && l.code === 'SUBGRAPH_UNAVAILABLE');
      expect(logged).toMatchObject({ level: 40, subgraph: 'events', service: 'netpublic-graph' });
    } finally {
      await gateway.stop();
    }
  });

  it('exports OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set, continuing the caller’s trace', async () => {
    const batches: any[] = [];
    const collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces') batches.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', () => resolve()));
    const gateway = await startGatewayProcess({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}` });
    try {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
        body: JSON.stringify({ query: 'query Traced { epns(first: 1) { edges { node { name events(first: 1) { totalCount } } } } }' }),
      });
      expect(response.status).toBe(200);
      const spans = () => batches.flatMap((b) => b.resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans)));
      for (let i = 0; i < 60 && !spans().some((s: any) => s.name === 'POST /graphql'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      const names = spans().map((s: any) => s.name);
      expect(names).toEqual(expect.arrayContaining(['POST /graphql', 'gateway.request', 'gateway.plan', 'gateway.fetch']));
      const root = spans().find((s: any) => s.name === 'POST /graphql');
      expect(root.traceId).toBe(traceId);
      expect(root.attributes).toEqual(expect.arrayContaining([{ key: 'graphql.operation.name', value: { stringValue: 'Traced' } }]));
      for (const span of spans().filter((s: any) => s.name.startsWith('gateway.'))) expect(span.traceId).toBe(traceId);
      const service = batches[0].resourceSpans[0].resource.attributes.find((a: any) => a.key === 'service.name');
      expect(service.value.stringValue).toBe('netpublic-gateway');
    } finally {
      await gateway.stop();
      await new Promise<void>((resolve) => collector.close(() => resolve()));
    }
  });
});
