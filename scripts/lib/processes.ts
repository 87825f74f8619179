/** The process tree on Linux, read from /proc (the benchmarks measure a command with its children). */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid → child pids, for every process now running. */
export function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!map.has(ppid)) map.set(ppid, []);
      map.get(ppid)!.push(Number(d));
    } catch { /* process ended */ }
  }
  return map;
}

/** A process and all its descendants. */
export function processTree(pid: number): number[] {
  const kids = childrenByParent();
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(kids.get(out[i]) ?? []));
  return out;
}
