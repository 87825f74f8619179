import { registry } from '../test/eligibility/registry';
import { evaluate } from '../src/lib/eligibility';
import { nextSteps } from '../src/lib/checker/next-steps';
const reg = registry();
const seen = new Set<string>();
for (const a of reg.list) for (const subject of ['individual','collective'] as const) for (const sector of ['civil-service','armed-forces','worker-farmer']) {
  for (const hist of [undefined, [{year:2025, rating:'htxs'}], [{year:2023,rating:'htxs',titles:['chien-si-thi-dua-co-so']},{year:2024,rating:'htxs'},{year:2025,rating:'htxs',titles:['chien-si-thi-dua-co-so']}]]) {
  try { const r = evaluate({award:a.id, year:2025, subject, sector, pending:{disciplineReview:false,investigation:false,complaint:false}, ...(hist?{history:hist}:{}), ...(subject==='collective'?{collective:{}}:{})} as any, reg); r.missing.forEach(m=>seen.add(m)); } catch (e) { if (!seen.size) console.log(String(e).slice(0,300)); }
}}
let n=0;
for (const m of seen) { const s = nextSteps([m])[0]; const flat = s.segments.map(x=>typeof x==='string'?x:`[${x.field}${x.year?':'+x.year:''}]`).join(''); if (/history|initiatives|awards\b|achievements|discipline\b|collective\.|monthsWorked|joinedOn/.test(flat)) console.log('LEAK', flat); else if (n++<40) console.log(flat); }
console.log(seen.size);
