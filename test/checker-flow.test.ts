/**
 * Routing of the checker (src/lib/checker/flow.ts), organised by question: which questions an
 * award needs, which years, and when the result may be shown. The registry is the real one
 * (content/khen-thuong/), read the way the engine's tests read it.
 */
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { askedBy, questionFlow, route, titlesOfYear, type Question } from '../src/lib/checker/flow';
import { requiredInputs } from '../src/lib/eligibility';
import type { Answers } from '../src/lib/checker/answers';
import { checkAnswers } from '../src/lib/checker/check-answers';

const reg = registry();
const kinds = (flow: Question[]) => flow.map((q) => q.kind);
const question = (flow: Question[], kind: string) => flow.find((q) => q.kind === kind);

/** Answers every question of the flow with `pick`, until the result (at most 40 steps). */
function answerAll(start: Answers, pick: (q: Question) => Answers): { answers: Answers; asked: Question[] } {
  let answers = { ...start };
  const asked: Question[] = [];
  for (let i = 0; i < 40; i++) {
    const r = route(answers, reg);
    if (r.kind === 'result') return { answers: r.answers, asked };
    asked.push(r.question);
    answers = { ...r.answers, ...pick(r.question) };
  }
  throw new Error('quá 40 câu hỏi mà chưa đến kết quả');
}

describe('Câu hỏi chọn danh hiệu và năm xét', () => {
  it('chưa chọn gì thì câu đầu tiên là chọn danh hiệu, và chưa có kết quả', () => {
    const r = route({}, reg);
    expect(r.kind).toBe('question');
    if (r.kind === 'question') expect(r.question.kind).toBe('award');
  });

  it('đến từ trang danh hiệu với ?award= thì câu tiếp theo là năm xét', () => {
    const r = route({ award: 'chien-si-thi-dua-co-so' }, reg);
    expect(r.kind === 'question' && r.question.kind).toBe('year');
  });

  it('mã danh hiệu không có trong danh mục thì hỏi lại danh hiệu', () => {
    expect(kinds(questionFlow({ award: 'khong-co-danh-hieu-nay', year: '2025' }, reg))).toEqual(['award']);
  });
});

describe('Câu hỏi cá nhân hay tập thể', () => {
  it('Bằng khen của Thủ tướng (cá nhân và tập thể) hỏi đối tượng, danh hiệu chỉ dành cho cá nhân thì không hỏi', () => {
    expect(kinds(questionFlow({ award: 'bang-khen-thu-tuong', year: '2025' }, reg))).toContain('subject');
    expect(kinds(questionFlow({ award: 'chien-si-thi-dua-co-so', year: '2025' }, reg))).not.toContain('subject');
    expect(kinds(questionFlow({ award: 'tap-the-lao-dong-xuat-sac', year: '2025' }, reg))).not.toContain('subject');
  });
});

describe('Câu hỏi khu vực', () => {
  it('Bằng khen của Thủ tướng cho cá nhân hỏi khu vực, vì công nhân, nông dân có tiêu chuẩn riêng (khoản 2 Điều 73)', () => {
    const flow = questionFlow({ award: 'bang-khen-thu-tuong', year: '2025', subject: 'individual' }, reg);
    expect(kinds(flow)).toContain('sector');
    expect(question(flow, 'sector')!.criteria).toContain('dieu-73-khoan-2');
  });

  it('chưa trả lời khu vực thì chưa hỏi gì sau đó (các câu sau phụ thuộc khu vực)', () => {
    const flow = questionFlow({ award: 'bang-khen-thu-tuong', year: '2025', subject: 'individual' }, reg);
    expect(flow.at(-1)!.kind).toBe('sector');
  });
});

describe('Câu hỏi xếp loại và danh hiệu từng năm: chỉ những năm cần', () => {
  it('Chiến sĩ thi đua cơ sở chỉ hỏi xếp loại của chính năm xét', () => {
    const flow = questionFlow({ award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service' }, reg);
    expect(question(flow, 'ratings')!.years).toEqual([2025]);
    expect(flow.flatMap((q) => q.years ?? []).every((y) => y === 2025)).toBe(true);
  });

  it('Chiến sĩ thi đua cơ sở không hỏi người dùng đã được công nhận chính danh hiệu đó cho năm xét chưa', () => {
    const flow = questionFlow({ award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service' }, reg);
    const titles = question(flow, 'titles')!;
    expect(titles.years).toEqual([2025]);
    expect(titlesOfYear(titles, 2025)).toContain('lao-dong-tien-tien');
    expect(titlesOfYear(titles, 2025)).not.toContain('chien-si-thi-dua-co-so');
  });

  it('Bằng khen của Thủ tướng hỏi đủ 5 năm của chuỗi (2021–2025) và cả danh hiệu Chiến sĩ thi đua cơ sở từng năm', () => {
    const flow = questionFlow({ award: 'bang-khen-thu-tuong', year: '2025', subject: 'individual', sector: 'civil-service' }, reg);
    expect(question(flow, 'ratings')!.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(question(flow, 'titles')!.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(question(flow, 'titles')!.titles).toContain('chien-si-thi-dua-co-so');
    expect(question(flow, 'awards')!.awards).toContain('bang-khen-bo-nganh-tinh');
  });

  it('các năm được hỏi là đúng các năm mà requiredInputs của bộ máy xét nêu ra', () => {
    for (const award of ['bang-khen-thu-tuong', 'chien-si-thi-dua-bo-nganh-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-bo-nganh-tinh']) {
      const subject = reg.get(award)!.subject.includes('ca-nhan') ? 'individual' : 'collective';
      const needs = requiredInputs(reg, award, { year: 2025, subject: subject === 'collective' ? 'tap-the' : 'ca-nhan', sector: 'civil-service' });
      const flow = questionFlow({ award, year: '2025', subject, sector: 'civil-service', province: 'khac' }, reg);
      const ratingNeed = needs.find((n) => n.field === 'history.rating');
      const ratings = question(flow, 'ratings');
      if (ratingNeed) expect(ratings?.years, award).toEqual(Array.from({ length: ratingNeed.years!.to - ratingNeed.years!.from + 1 }, (_, i) => ratingNeed.years!.from + i));
      else expect(ratings, award).toBeUndefined();
    }
  });

  it('năm xét khác thì các năm hỏi dời theo (Bằng khen của Thủ tướng năm xét 2024: 2020–2024)', () => {
    const flow = questionFlow({ award: 'bang-khen-thu-tuong', year: '2024', subject: 'individual', sector: 'civil-service' }, reg);
    expect(question(flow, 'ratings')!.years).toEqual([2020, 2021, 2022, 2023, 2024]);
  });
});

describe('Câu hỏi của danh hiệu tập thể', () => {
  it('Tập thể lao động xuất sắc hỏi xếp loại của tập thể và số liệu thành viên, không hỏi xếp loại cá nhân', () => {
    const flow = questionFlow({ award: 'tap-the-lao-dong-xuat-sac', year: '2025', province: 'khac' }, reg);
    expect(kinds(flow)).toEqual(expect.arrayContaining(['crating', 'members']));
    expect(kinds(flow)).not.toContain('ratings');
    expect(kinds(flow)).not.toContain('months');
    expect(question(flow, 'members')!.counts).toEqual(expect.arrayContaining(['members', 'laoDongTienTien', 'chienSiThiDuaCoSo']));
  });
});

describe('Năm trước chuỗi: chỉ hỏi khi câu trả lời có thể đổi kết quả', () => {
  const base: Answers = {
    award: 'bang-khen-thu-tuong', year: '2025', subject: 'individual', sector: 'civil-service',
    r2021: 'htt', r2022: 'htt', r2023: 'htt', r2024: 'htt', r2025: 'htt',
    awards: 'bang-khen-bo-nganh-tinh.2015.cong-trang', achievements: 'khong', discipline: 'khong', pending: 'khong',
  };
  it('đủ 3 lần Chiến sĩ thi đua cơ sở trong 5 năm thì không hỏi thêm năm 2020', () => {
    const a = { ...base, t2021: 'chien-si-thi-dua-co-so', t2022: 'khong', t2023: 'chien-si-thi-dua-co-so', t2024: 'khong', t2025: 'chien-si-thi-dua-co-so' };
    expect(route(a, reg).kind).toBe('result');
  });
  it('mới 2 lần trong 5 năm thì hỏi năm 2020, vì chuỗi có thể kéo dài và có thêm một lần', () => {
    const a = { ...base, t2021: 'khong', t2022: 'khong', t2023: 'chien-si-thi-dua-co-so', t2024: 'khong', t2025: 'chien-si-thi-dua-co-so' };
    const r = route(a, reg);
    expect(r.kind === 'question' && r.question.id).toBe('nam-2020');
  });
  it('năm 2020 được hỏi ngay sau danh hiệu thi đua, trước thành tích, kỷ luật (chưa trả lời các câu đó)', () => {
    const { achievements: _a, discipline: _d, pending: _p, ...early } = base;
    const r = route({ ...early, t2021: 'khong', t2022: 'khong', t2023: 'chien-si-thi-dua-co-so', t2024: 'khong', t2025: 'chien-si-thi-dua-co-so' }, reg);
    expect(r.kind === 'question' && r.question.id).toBe('nam-2020');
    expect(kinds(r.flow).slice(kinds(r.flow).indexOf('titles'))).toEqual(['titles', 'extra-year', 'achievements', 'discipline', 'pending']);
  });
  it('đủ 3 lần trong 5 năm thì sau danh hiệu thi đua là câu tiếp theo, không có năm 2020', () => {
    const { achievements: _a, discipline: _d, pending: _p, ...early } = base;
    const r = route({ ...early, t2021: 'chien-si-thi-dua-co-so', t2022: 'khong', t2023: 'chien-si-thi-dua-co-so', t2024: 'khong', t2025: 'chien-si-thi-dua-co-so' }, reg);
    expect(r.kind === 'question' && r.question.kind).toBe('achievements');
    expect(kinds(r.flow)).not.toContain('extra-year');
  });
  it('khen thưởng đã nhận được hỏi trước xếp loại: chuỗi năm tính từ Bằng khen', () => {
    const flow = questionFlow({ award: 'bang-khen-thu-tuong', year: '2025', subject: 'individual', sector: 'civil-service' }, reg);
    expect(kinds(flow).indexOf('awards')).toBeLessThan(kinds(flow).indexOf('ratings'));
  });
  it('chuỗi bắt đầu sau khi được tặng Bằng khen năm 2020 thì không hỏi năm 2020 hay trước đó', () => {
    const a = { ...base, awards: 'bang-khen-bo-nganh-tinh.2020.cong-trang', t2021: 'khong', t2022: 'khong', t2023: 'chien-si-thi-dua-co-so', t2024: 'khong', t2025: 'chien-si-thi-dua-co-so' };
    expect(route(a, reg).kind).toBe('result');
  });
});

describe('Mọi danh hiệu, hình thức khen thưởng trong danh mục', () => {
  const SECTORS = ['civil-service', 'armed-forces', 'worker-farmer', 'enterprise'];
  const subjects = (id: string) => {
    const s = reg.get(id)!.subject;
    return [...(s.includes('ca-nhan') || !s.length ? ['individual'] : []), ...(s.includes('tap-the') ? ['collective'] : [])];
  };
  const cases = reg.ids().flatMap((award) => subjects(award).flatMap((subject) => SECTORS.map((sector) => ({ award, subject, sector }))));

  it('trả lời “Không rõ” mọi câu thì đi được đến kết quả, và kết quả không bao giờ là “đủ tiêu chuẩn”', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      const { answers } = answerAll({ award: c.award, year: '2025' }, (q) =>
        q.kind === 'subject' ? { subject: c.subject } : q.kind === 'sector' ? { sector: c.sector } : Object.fromEntries(q.keys.filter((k) => !q.optional?.includes(k)).map((k) => [k, 'khong-ro'])),
      );
      const verdict = checkAnswers(answers, reg).verdict;
      expect(verdict, `${c.award} / ${c.subject} / ${c.sector}`).not.toBe('eligible');
    }
  });

  it('mỗi câu hỏi về sự kiện đều dẫn căn cứ: tiêu chí đọc câu trả lời (khu vực: hoặc thẩm quyền, hồ sơ theo khu vực)', () => {
    for (const c of cases) {
      const flow = questionFlow({ award: c.award, year: '2025', subject: c.subject, sector: c.sector, province: 'khac' }, reg);
      const award = reg.get(c.award)!;
      const ids = new Set(award.criteria.map((k) => k.id));
      const bySector = [...award.decidedBy, ...award.dossier].some((d) => d.appliesTo?.sectors);
      // The province question rests on the provinces' own decisions (its basis), not on a criterion.
      for (const q of flow.filter((x) => x.kind === 'province')) {
        const held = new Set((award.ruleSets ?? []).map((r) => r.province));
        expect(q.provinces!.length, `${c.award}: province`).toBeGreaterThan(0);
        for (const [p] of q.provinces!) expect(held.has(p), `${c.award}: province → ${p}`).toBe(true);
      }
      for (const q of flow.filter((x) => !['award', 'year', 'subject', 'province'].includes(x.kind))) {
        if (!(q.kind === 'sector' && bySector)) expect(q.criteria.length, `${c.award}: ${q.kind}`).toBeGreaterThan(0);
        for (const id of q.criteria) expect(ids.has(id), `${c.award}: ${q.kind} → ${id}`).toBe(true);
      }
    }
  });
});

describe('Mỗi thông tin bộ máy xét cần đều có câu hỏi', () => {
  it('mọi trường mà tiêu chí của một danh hiệu đọc được hỏi bằng một câu có trong luồng câu hỏi của danh hiệu đó', () => {
    for (const award of reg.ids()) {
      const subject = reg.get(award)!.subject.includes('ca-nhan') ? 'individual' : 'collective';
      const answers = { award, year: '2025', subject, sector: 'civil-service', province: 'khac' };
      const flow = kinds(questionFlow(answers, reg));
      const needs = requiredInputs(reg, award, { year: 2025, subject: subject === 'individual' ? 'ca-nhan' : 'tap-the', sector: 'civil-service' });
      // The sector is asked only when it changes something; the titles only when some title is offered.
      for (const n of needs.filter((x) => x.field !== 'sector' && x.field !== 'history.titles')) {
        expect(askedBy(n.field).some((k) => flow.includes(k)), `${award}: ${n.field} → ${askedBy(n.field).join(', ')}`).toBe(true);
      }
    }
  });
});

describe('Quy định riêng của tỉnh (Quyết định 86/2025/QĐ-UBND của Bắc Ninh)', () => {
  it('hồ sơ ở Bắc Ninh được hỏi mọi thông tin mà tiêu chí của quy định tỉnh đọc, không chỉ tiêu chí của Luật', () => {
    for (const award of reg.ids().filter((id) => reg.get(id)!.ruleSets?.some((r) => r.province === 'bac-ninh'))) {
      const subject = reg.get(award)!.subject.includes('ca-nhan') ? 'individual' : 'collective';
      const flow = kinds(questionFlow({ award, year: '2026', subject, sector: 'civil-service', province: 'bac-ninh' }, reg));
      const needs = requiredInputs(reg, award, { year: 2026, subject: subject === 'individual' ? 'ca-nhan' : 'tap-the', sector: 'civil-service', province: 'bac-ninh' });
      for (const n of needs.filter((x) => x.field !== 'sector' && x.field !== 'history.titles')) {
        expect(askedBy(n.field).some((k) => flow.includes(k)), `${award}: ${n.field} → ${askedBy(n.field).join(', ')}`).toBe(true);
      }
    }
  });

  it('Giấy khen ở Bắc Ninh hỏi xếp loại năm xét; trả lời đủ thì có kết quả, không còn “chưa xác định” vì câu chưa hỏi', () => {
    const flow = questionFlow({ award: 'giay-khen', year: '2026', subject: 'individual', sector: 'civil-service', province: 'bac-ninh' }, reg);
    expect(kinds(flow)).toContain('ratings');
    const { answers } = answerAll({ award: 'giay-khen', year: '2026' }, (q) =>
      q.kind === 'subject' ? { subject: 'individual' } : q.kind === 'sector' ? { sector: 'civil-service' } : q.kind === 'province' ? { province: 'bac-ninh' }
        : q.kind === 'ratings' ? Object.fromEntries(q.keys.map((k) => [k, 'htxs'])) : Object.fromEntries(q.keys.filter((k) => !q.optional?.includes(k)).map((k) => [k, 'khong'])),
    );
    expect(checkAnswers(answers, reg).verdict).not.toBe('needs-info');
  });
});

describe('Kết quả chỉ hiện khi đã trả lời mọi câu', () => {
  it('thiếu một câu (kỷ luật) thì chưa có kết quả, dù các câu khác đã cho thấy chưa đạt', () => {
    const a: Answers = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'kht', t2025: 'khong', months: '12', initiatives: 'khong', pending: 'khong' };
    const r = route(a, reg);
    expect(r.kind).toBe('question');
    if (r.kind === 'question') expect(r.question.kind).toBe('discipline');
  });

  it('trả lời “Không rõ” mọi câu của Chiến sĩ thi đua cơ sở vẫn đi đến kết quả', () => {
    const { asked } = answerAll({ award: 'chien-si-thi-dua-co-so', year: '2025' }, (q) =>
      q.kind === 'sector' ? { sector: 'civil-service' } : Object.fromEntries(q.keys.filter((k) => k !== 'maternity').map((k) => [k, 'khong-ro'])),
    );
    expect(asked.map((q) => q.kind)).toEqual(['sector', 'ratings', 'titles', 'months', 'initiatives', 'discipline', 'pending']);
  });

  it('bước được chọn bằng ?buoc= (quay lại) hiện lại câu đó dù đã trả lời', () => {
    const a: Answers = { award: 'tap-the-lao-dong-xuat-sac', year: '2025', province: 'khac', crating: 'htxs' };
    const r = route(a, reg, 'crating');
    expect(r.kind === 'question' && r.question.kind).toBe('crating');
  });

  it('đổi năm xét thì bỏ các câu trả lời của năm cũ không còn dùng', () => {
    const r = route({ award: 'chien-si-thi-dua-co-so', year: '2024', sector: 'civil-service', r2025: 'htxs', r2024: 'htt' }, reg);
    expect(r.answers).not.toHaveProperty('r2025');
    expect(r.answers.r2024).toBe('htt');
  });
});
