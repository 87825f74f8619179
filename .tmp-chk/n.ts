import { registry } from '/work/wt/checker/test/eligibility/registry';
import { checkAnswers } from '/work/wt/checker/src/lib/checker/result';
import { nextSteps } from '/work/wt/checker/src/lib/checker/next-steps';
import { checkBatch } from '/work/wt/checker/src/lib/checker/csv';
import { readFileSync } from 'node:fs';
const reg = registry();
const seen = new Set<string>();
// Every missing line of every case file and of random answers
import { parse } from '/work/wt/checker/node_modules/yaml/dist/index.js';
import { readdirSync } from 'node:fs';
import { evaluate } from '/work/wt/checker/src/lib/eligibility';
for (const f of readdirSync('/work/wt/checker/test/eligibility/cases')) {
  const doc = parse(readFileSync('/work/wt/checker/test/eligibility/cases/'+f,'utf8'));
  const cases = Array.isArray(doc) ? doc : doc.cases ?? [doc];
  for (const c of cases) { try { const r = evaluate(c.profile ?? c.input ?? c, reg); r.missing.forEach(m=>seen.add(m)); } catch (e) {} }
}
for (const m of seen) { const s = nextSteps([m])[0]; console.log(JSON.stringify(s.segments)); }
