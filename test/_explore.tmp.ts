import fc from 'fast-check';
import { registry } from './eligibility/registry';
import { run } from '../src/lib/eligibility/validate';
import { extensionArb } from './eligibility/generators';
const reg = registry();
const res = (p: any) => { const o = run(p, reg); if (!o.ok) throw new Error(JSON.stringify(o.issues)); return o.results[0]; };
const buckets = new Map<string, { n: number; ex: any }>();
const samples = fc.sample(extensionArb(reg), { seed: Number(process.argv[2] ?? 1), numRuns: Number(process.argv[3] ?? 20000) });
for (const { fewer, more, added } of samples) {
  const b = res(fewer);
  if (b.verdict !== 'eligible' && b.verdict !== 'not-eligible') continue;
  const a = res(more);
  if (a.verdict === b.verdict) continue;
  const changed = a.criteria.filter((k) => { const o = b.criteria.find((x) => x.id === k.id); return !o || o.status !== k.status; }).map((k) => `${k.id}:${b.criteria.find((x) => x.id === k.id)?.status}->${k.status}`);
  const key = `${fewer.award} ${b.verdict}->${a.verdict} ${changed.join(',')} added=${[...new Set(added.map((s: any) => s.kind + ':' + (s.field ?? s.list ?? '')))].join(',')}`;
  const e = buckets.get(key) ?? { n: 0, ex: { fewer, more, b: b.criteria.filter((k)=>changed.some(c=>c.startsWith(k.id+':'))).map(k=>k.explanation), a: a.criteria.filter((k)=>changed.some(c=>c.startsWith(k.id+':'))).map(k=>k.explanation) } };
  e.n++; buckets.set(key, e);
}
const stats: Record<string, number> = {}; for (const { fewer } of samples.slice(0, 3000)) { const v = res(fewer).verdict; stats[v] = (stats[v] ?? 0) + 1; } console.log(stats);
for (const [k, v] of [...buckets].sort((x, y) => y[1].n - x[1].n)) console.log(v.n, k);
if (process.argv[4]) for (const [k, v] of buckets) if (k.includes(process.argv[4])) { console.log(JSON.stringify(v.ex, null, 1)); break; }
