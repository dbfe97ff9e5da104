import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** What the benchmark reads of other processes (Linux /proc): CPU time and resident memory. */
const CLOCK_TICKS_PER_SECOND = 100;
const PAGE_KB = 4;

function stat(pid: number): string[] | null {
  try {
    // Fields after the command name, which may itself hold spaces and parentheses.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The process and its descendants. */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
        const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').trim();
        if (children) tree.push(...children.split(' ').map(Number));
      }
    } catch {
      // Exited meanwhile.
    }
  }
  return tree;
}

/**
 * CPU time (user + system, ms) of a process tree so far, including children it has already waited
 * for — so a PostgreSQL backend that exits during a run still counts, through its postmaster.
 */
export function cpuMs(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    const fields = stat(member);
    if (!fields) continue;
    // utime, stime (fields 14, 15 of the man page); cutime, cstime (16, 17) of waited-for children.
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident memory of a process tree, in MB. */
export function rssMb(pid: number): number {
  let pages = 0;
  for (const member of processTree(pid)) {
    const fields = stat(member);
    if (fields) pages += Number(fields[21]);
  }
  return (pages * PAGE_KB) / 1024;
}

/** The postmaster of a PostgreSQL data directory, when it runs here. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return stat(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Samples a process tree's resident memory until stopped; returns the peak. */
export function sampleRss(pid: number, everyMs = 200): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rssMb(pid));
    },
  };
}
