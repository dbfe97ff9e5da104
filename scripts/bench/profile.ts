import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { ROOT } from '../lib/runtime';

/**
 * CPU profiles for `npm run bench -- --cpu-prof`: the gateway processes write theirs (node
 * --cpu-prof); the benchmark's own process, which serves the subgraphs, profiles itself through the
 * inspector. Each is summarised as the functions and the packages (or project files) that spent the
 * most CPU themselves ("self time"), idle time excluded; `(program)` is V8's own native work
 * (compiling, parsing JSON…), `(garbage collector)` is counted apart.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  /** Busy time (ms), idle and garbage collection apart. */
  busyMs: number;
  idleMs: number;
  gcMs: number;
  functions: { name: string; where: string; selfMs: number; share: number }[];
  modules: { name: string; selfMs: number; share: number }[];
}

export class InProcessProfiler {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await this.session.post('Profiler.start');
  }

  async stop(): Promise<CpuProfile> {
    const { profile } = await this.session.post('Profiler.stop');
    await this.session.post('Profiler.disable');
    this.session.disconnect();
    return profile as unknown as CpuProfile;
  }
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

/** Where a function lives: its npm package, `node:` for Node's own code, or its project file. */
function moduleOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node: (Node.js internals)';
  const file = url.replace(/^file:\/\//, '');
  const nodeModules = file.lastIndexOf('/node_modules/');
  if (nodeModules >= 0) {
    const parts = file.slice(nodeModules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return path.relative(ROOT, file);
}

export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    // A sample's time is the delta to the next one.
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + Math.max(0, delta));
  }
  const functions = new Map<string, { name: string; where: string; us: number }>();
  const modules = new Map<string, number>();
  let idle = 0;
  let gc = 0;
  let busy = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    if (functionName === '(garbage collector)') {
      gc += us;
      continue;
    }
    busy += us;
    const where = url ? `${moduleOf(url)}:${lineNumber + 1}` : '(native)';
    const key = `${functionName}@${where}`;
    const entry = functions.get(key) ?? { name: functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    const module = moduleOf(url);
    modules.set(module, (modules.get(module) ?? 0) + us);
  }
  const share = (us: number) => (busy ? us / busy : 0);
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    gcMs: gc / 1000,
    functions: [...functions.values()].sort((a, b) => b.us - a.us).slice(0, top).map((f) => ({ name: f.name, where: f.where, selfMs: f.us / 1000, share: share(f.us) })),
    modules: [...modules].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, selfMs: us / 1000, share: share(us) })),
  };
}
