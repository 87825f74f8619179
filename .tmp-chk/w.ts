import { registry } from '../test/eligibility/registry';
import { checkAnswers } from '../src/lib/checker/result';
const reg = registry();
const a = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'htt', t2025: 'khong', months: '12', initiatives: 'khong-ro', discipline: 'khong', pending: 'khong' };
const r = checkAnswers(a, reg); console.log(r.verdict, r.missing, r.criteria.map(c=>c.id+':'+c.status));
