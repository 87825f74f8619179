import { registry } from '../test/eligibility/registry';
import { checkAnswers } from '../src/lib/checker/result';
const reg = registry();
const a = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'htxs', t2025: 'khong', months: '12', initiatives: 'khong', discipline: 'khong', pending: 'khong' };
const r = checkAnswers(a, reg); console.log(r.verdict); r.criteria.forEach(c=>console.log(c.id, c.status, c.explanation.slice(0,300)));
