import { registry } from '../test/eligibility/registry';
import { route } from '../src/lib/checker/flow';
import { checkAnswers } from '../src/lib/checker/result';
const reg = registry();
for (const a of [
 { award:'chien-si-thi-dua-bo-nganh-tinh', year:'2025', sector:'civil-service' },
 { award:'chien-si-thi-dua-bo-nganh-tinh', year:'2025', sector:'civil-service', t2024:'chien-si-thi-dua-co-so', t2025:'chien-si-thi-dua-co-so', initiatives:'sang-kien.2025.bo-tinh', discipline:'khong', pending:'khong' },
 { award:'bang-khen-bo-nganh-tinh', year:'2025', subject:'individual', sector:'civil-service' },
 { award:'bang-khen-bo-nganh-tinh', year:'2025', subject:'individual', sector:'civil-service', r2024:'khong-ro', r2025:'htxs', t2024:'khong', t2025:'khong', awards:'khong', achievements:'khong', discipline:'khong', pending:'khong' },
 { award:'tap-the-lao-dong-tien-tien', year:'2025' },
 { award:'lao-dong-tien-tien', year:'2025' },
]) {
  const r = route(a as any, reg);
  console.log(a.award, r.flow.map(q => `${q.id}[${q.keys.join(',')}]`).join(' '), r.kind, r.kind==='question'?r.question.id:'');
  if (r.kind==='result') { const res = checkAnswers(r.answers, reg); console.log('  ', res.verdict, res.missing); }
}
