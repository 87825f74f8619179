/**
 * The checker's answers (src/lib/checker/answers.ts, steps.ts, result.ts): URL fragment ⇄ answers ⇄
 * engine profile, the reading of each step's form, and "không rõ" leading to "chưa xác định".
 * Profiles the checker builds must satisfy the engine's own validation (the CLI contract).
 */
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { isAnswerHash, readAnswers, toProfile, urlParams, writeFragment, type Answers } from '../src/lib/checker/answers';
import { keysOf, route, type Question } from '../src/lib/checker/flow';
import { checkAnswers } from '../src/lib/checker/check-answers';
import { readStep } from '../src/lib/checker/steps';
import { errorMessage } from '../src/lib/checker/copy';
import { validateProfiles } from '../src/lib/eligibility/validate';

const reg = registry();

const CASES: Record<string, Answers> = {
  'Chiến sĩ thi đua cơ sở, nghỉ thai sản 4 tháng': {
    award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'htt', t2025: 'lao-dong-tien-tien',
    months: '8', maternity: '4', initiatives: 'sang-kien.2025.co-so,de-tai.2024.bo-tinh.chien-si-thi-dua-co-so', discipline: 'khong', pending: 'khong',
  },
  'Bằng khen của Thủ tướng, có kỷ luật khiển trách đã hết hạn': {
    award: 'bang-khen-thu-tuong', year: '2025', subject: 'individual', sector: 'civil-service',
    r2021: 'htt', r2022: 'htxs', r2023: 'khong-ro', r2024: 'htt', r2025: 'htt',
    t2021: 'chien-si-thi-dua-co-so', t2022: 'khong', t2023: 'khong-ro', t2024: 'chien-si-thi-dua-co-so', t2025: 'chien-si-thi-dua-co-so',
    awards: 'bang-khen-bo-nganh-tinh.2019.cong-trang', achievements: 'phong-trao.bo-tinh', discipline: 'khien-trach.2019-03-01.2020-03-01', pending: 'complaint',
  },
  'Tập thể lao động xuất sắc, một số liệu không rõ': {
    award: 'tap-the-lao-dong-xuat-sac', year: '2025', crating: 'htxs', members: '30', laoDongTienTien: '25', chienSiThiDuaCoSo: 'khong-ro',
    completedTasks: '30', discipline: 'khong', pending: 'khong-ro',
  },
};

const order = (a: Answers) => keysOf(route(a, reg).flow);

/** The answers read back from an address, as the page reads `location`. */
const fromUrl = (href: string) => {
  const u = new URL(href, 'https://example.org');
  return readAnswers(urlParams(u.search, u.hash), reg);
};

describe('Câu trả lời nằm trong địa chỉ trang, ở phần sau dấu “#” (không gửi lên máy chủ)', () => {
  for (const [name, answers] of Object.entries(CASES)) {
    it(`${name}: câu trả lời → phần “#” của địa chỉ → câu trả lời cho cùng hồ sơ`, () => {
      const href = `/kiem-tra/${writeFragment(answers, order(answers))}`;
      const u = new URL(href, 'https://example.org');
      expect(u.search, 'không có câu trả lời nào trong phần gửi lên máy chủ').toBe('');
      expect(u.pathname).toBe('/kiem-tra/');
      const back = fromUrl(href);
      expect(back).toEqual(answers);
      expect(toProfile(back, reg)).toEqual(toProfile(answers, reg));
    });

    it(`${name}: hồ sơ dựng từ câu trả lời hợp lệ theo đặc tả của lệnh kiểm tra`, () => {
      const v = validateProfiles(JSON.parse(JSON.stringify(toProfile(answers, reg))), reg);
      expect(v.ok ? [] : v.issues).toEqual([]);
    });
  }

  it('địa chỉ giữ thứ tự câu hỏi và đọc được (dấu phẩy không bị mã hóa)', () => {
    const a = CASES['Chiến sĩ thi đua cơ sở, nghỉ thai sản 4 tháng'];
    const f = writeFragment(a, order(a));
    expect(f.startsWith('#award=chien-si-thi-dua-co-so&year=2025&sector=civil-service&r2025=htt')).toBe(true);
    expect(f).toContain('initiatives=sang-kien.2025.co-so,de-tai');
    expect(writeFragment({}, [])).toBe('');
  });

  it('liên kết cũ có câu trả lời trong “?award=…” vẫn đọc được; khi đã có phần “#”, phần “#” được dùng', () => {
    expect(fromUrl('/kiem-tra/?award=bang-khen-thu-tuong&year=2025')).toEqual({ award: 'bang-khen-thu-tuong', year: '2025' });
    expect(fromUrl('/kiem-tra/?award=bang-khen-thu-tuong#award=chien-si-thi-dua-co-so')).toEqual({ award: 'chien-si-thi-dua-co-so' });
  });

  it('một neo thường (#tieu-chi) không phải là câu trả lời', () => {
    expect(isAnswerHash('#tieu-chi')).toBe(false);
    expect(isAnswerHash('')).toBe(false);
    expect(isAnswerHash('#award=chien-si-thi-dua-co-so')).toBe(true);
    expect(fromUrl('/kiem-tra/#tieu-chi')).toEqual({});
    expect(fromUrl('/kiem-tra/?award=chien-si-thi-dua-co-so#tieu-chi')).toEqual({ award: 'chien-si-thi-dua-co-so' });
  });

  it('giá trị sai do sửa tay địa chỉ bị bỏ, để câu hỏi được hỏi lại', () => {
    const a = fromUrl('/kiem-tra/#award=chien-si-thi-dua-co-so&year=1800&r2025=xuat-sac&months=13&discipline=canh-cao.2024-02-30');
    expect(a).toEqual({ award: 'chien-si-thi-dua-co-so' });
    const c = fromUrl('/kiem-tra/#award=tap-the-lao-dong-xuat-sac&year=2025&members=10&laoDongTienTien=12');
    expect(c).not.toHaveProperty('laoDongTienTien');
  });

  it('một kỷ luật trong địa chỉ thiếu ngày bắt đầu (sửa tay) bị bỏ, không làm hỏng trang', () => {
    expect(fromUrl('/kiem-tra/#award=chien-si-thi-dua-co-so&year=2025&discipline=khien-trach')).toEqual({ award: 'chien-si-thi-dua-co-so', year: '2025' });
    expect(fromUrl('/kiem-tra/#award=chien-si-thi-dua-co-so&year=2025&discipline=khien-trach.10/03/2025')).toEqual({ award: 'chien-si-thi-dua-co-so', year: '2025' });
  });

  it('nghỉ thai sản được ghi riêng vào hồ sơ (được tính là thời gian công tác)', () => {
    const p = toProfile(CASES['Chiến sĩ thi đua cơ sở, nghỉ thai sản 4 tháng'], reg);
    expect(p.history?.find((h) => h.year === 2025)).toMatchObject({ monthsWorked: 8, maternityLeaveMonths: 4, rating: 'htt' });
  });

  it('sáng kiến đã dùng để xét danh hiệu khác được ghi là đã dùng (một thành tích chỉ khen một lần)', () => {
    const p = toProfile(CASES['Chiến sĩ thi đua cơ sở, nghỉ thai sản 4 tháng'], reg);
    expect(p.initiatives?.[1]).toMatchObject({ kind: 'de-tai', year: 2024, level: 'bo-tinh', usedFor: ['chien-si-thi-dua-co-so:2024'] });
  });
});

describe('“Không rõ” dẫn đến “chưa xác định”, không bao giờ thành “đủ tiêu chuẩn”', () => {
  it('không rõ xếp loại năm 2023 thì năm đó không có xếp loại trong hồ sơ', () => {
    const p = toProfile(CASES['Bằng khen của Thủ tướng, có kỷ luật khiển trách đã hết hạn'], reg);
    const h2023 = p.history?.find((h) => h.year === 2023);
    expect(h2023?.rating).toBeUndefined();
    expect(h2023?.titles).toBeUndefined();
  });

  it('trả lời “Không rõ” mọi câu về Chiến sĩ thi đua cơ sở cho kết quả chưa xác định', () => {
    const a: Answers = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'khong-ro', t2025: 'khong-ro', months: 'khong-ro', initiatives: 'khong-ro', discipline: 'khong-ro', pending: 'khong-ro' };
    expect(checkAnswers(a, reg).verdict).toBe('needs-info');
  });

  it('không rõ có đang bị xem xét kỷ luật, điều tra hay không thì tiêu chí tạm hoãn xét là chưa xác định, kèm việc cần làm', () => {
    const eligible: Answers = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'htxs', t2025: 'khong', months: '12', initiatives: 'khong', discipline: 'khong', pending: 'khong' };
    expect(checkAnswers(eligible, reg).verdict).toBe('eligible');
    const r = checkAnswers({ ...eligible, pending: 'khong-ro' }, reg);
    expect(r.verdict).toBe('needs-info');
    expect(r.criteria.find((c) => c.id === 'tam-hoan-xet')?.status).toBe('unknown');
    expect(r.missing.join(' ')).toContain('Xác nhận với đơn vị');
  });

  it('không rõ sáng kiến đã dùng để xét khen thưởng chưa: tiêu chí cần sáng kiến đó là chưa xác định, kèm việc cần làm; một sáng kiến khác chưa dùng đã đủ thì vẫn đủ tiêu chuẩn', () => {
    const base: Answers = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service', r2025: 'htt', t2025: 'khong', months: '12', discipline: 'khong', pending: 'khong' };
    expect(checkAnswers({ ...base, initiatives: 'sang-kien.2025.co-so' }, reg).verdict).toBe('eligible');
    expect(checkAnswers({ ...base, initiatives: 'sang-kien.2025.co-so.giay-khen' }, reg).verdict).toBe('not-eligible');
    const open = checkAnswers({ ...base, initiatives: 'sang-kien.2025.co-so.khong-ro' }, reg);
    expect(open.verdict).toBe('needs-info');
    const unsettled = open.criteria.filter((c) => c.status === 'unknown');
    expect(unsettled.length).toBeGreaterThan(0);
    for (const c of unsettled) expect(c.explanation).toContain('khoản 2 Điều 5 Luật Thi đua, khen thưởng');
    expect(open.missing.join(' ')).toContain('⟨initiatives⟩');
    expect(toProfile({ ...base, initiatives: 'sang-kien.2025.co-so.khong-ro' }, reg).initiatives?.[0]).not.toHaveProperty('usedFor');
    expect(checkAnswers({ ...base, initiatives: 'sang-kien.2025.co-so.khong-ro,de-tai.2025.co-so' }, reg).verdict).toBe('eligible');
  });

  it('đang có khiếu nại, tố cáo được xác minh thì chưa xét', () => {
    expect(checkAnswers(CASES['Bằng khen của Thủ tướng, có kỷ luật khiển trách đã hết hạn'], reg).verdict).toBe('deferred');
  });
});

/** A form filled with `fields` (repeated names allowed). */
const form = (fields: [string, string][]) => new URLSearchParams(fields);
const q = (a: Answers, kind: string): Question => route(a, reg).flow.find((x) => x.kind === kind)!;

describe('Đọc từng câu hỏi của biểu mẫu', () => {
  const cs: Answers = { award: 'chien-si-thi-dua-co-so', year: '2025', sector: 'civil-service' };

  it('năm xét phải là một năm; lỗi trỏ đến ô năm', () => {
    const r = readStep({ id: 'year', kind: 'year', keys: ['year'], criteria: [] }, form([['year', '20255']]), reg);
    expect(r.errors.map((e) => e.id)).toEqual(['f-year']);
    expect(errorMessage(r.errors[0])).toContain('từ 1945 đến 2100');
    expect(readStep({ id: 'year', kind: 'year', keys: ['year'], criteria: [] }, form([['year', '2025']]), reg).answers).toEqual({ year: '2025' });
  });

  it('chưa chọn xếp loại thì lỗi nêu đúng năm', () => {
    const r = readStep(q(cs, 'ratings'), form([]), reg, 2025);
    expect(r.errors[0].id).toBe('f-r2025-htxs');
    expect(errorMessage(r.errors[0])).toContain('năm 2025');
  });

  it('không đánh dấu danh hiệu nào nghĩa là “không có”; đánh dấu cả “Không rõ” lẫn một danh hiệu là lỗi', () => {
    const titles = q(cs, 'titles');
    expect(readStep(titles, form([]), reg, 2025).answers).toEqual({ t2025: 'khong' });
    expect(readStep(titles, form([['t2025', 'lao-dong-tien-tien']]), reg, 2025).answers).toEqual({ t2025: 'lao-dong-tien-tien' });
    expect(readStep(titles, form([['t2025', 'lao-dong-tien-tien'], ['t2025', 'khong-ro']]), reg, 2025).errors).toHaveLength(1);
  });

  it('số tháng làm việc cộng nghỉ thai sản quá 12 là lỗi', () => {
    const months = q(cs, 'months');
    expect(readStep(months, form([['months', 'it-hon'], ['months_n', '9'], ['maternity', '4']]), reg, 2025).errors[0].id).toBe('f-maternity');
    expect(readStep(months, form([['months', 'it-hon'], ['months_n', '8'], ['maternity', '4']]), reg, 2025).answers).toEqual({ months: '8', maternity: '4' });
  });

  it('sáng kiến: các dòng có năm được ghi lại; năm sau năm xét là lỗi', () => {
    const ini = q(cs, 'initiatives');
    const ok = readStep(ini, form([['initiatives', 'co'], ['sk1_kind', 'sang-kien'], ['sk1_year', '2025'], ['sk1_level', 'co-so'], ['sk1_used', 'khong'], ['sk2_year', '']]), reg, 2025);
    expect(ok.answers).toEqual({ initiatives: 'sang-kien.2025.co-so' });
    const bad = readStep(ini, form([['initiatives', 'co'], ['sk1_year', '2026']]), reg, 2025);
    expect(bad.errors[0].id).toBe('f-sk1_year');
  });

  it('sáng kiến: đã dùng để xét khen thưởng chưa phải được chọn (chưa dùng, một danh hiệu, hoặc “Không rõ”), không mặc định là chưa dùng', () => {
    const ini = q(cs, 'initiatives');
    const row = (used: string) => form([['initiatives', 'co'], ['sk1_kind', 'sang-kien'], ['sk1_year', '2025'], ['sk1_level', 'co-so'], ['sk1_used', used]]);
    const blank = readStep(ini, row(''), reg, 2025);
    expect(blank.errors.map((e) => [e.id, errorMessage(e)])).toEqual([['f-sk1_used', 'Sáng kiến, đề tài thứ 1: chọn đã dùng để xét khen thưởng chưa (hoặc “Không rõ đã dùng chưa”)']]);
    expect(readStep(ini, row('khong-ro'), reg, 2025).answers).toEqual({ initiatives: 'sang-kien.2025.co-so.khong-ro' });
    expect(readStep(ini, row('lao-dong-tien-tien'), reg, 2025).answers).toEqual({ initiatives: 'sang-kien.2025.co-so.lao-dong-tien-tien' });
  });

  it('kỷ luật “Có” cần hình thức, ngày bắt đầu và cho biết thời hạn đã hết, chưa hết hay không rõ; ngày hết hạn không được trước ngày bắt đầu', () => {
    const d = q(cs, 'discipline');
    expect(readStep(d, form([['discipline', 'co']]), reg, 2025).errors.map((e) => e.id)).toEqual(['f-kl_level', 'f-kl_from', 'f-kl_end-het']);
    expect(readStep(d, form([['discipline', 'co'], ['kl_level', 'canh-cao'], ['kl_from', '01/05/2024'], ['kl_end', 'het'], ['kl_to', '01/01/2024']]), reg, 2025).errors[0].id).toBe('f-kl_to');
    expect(readStep(d, form([['discipline', 'co'], ['kl_level', 'canh-cao'], ['kl_from', '1/5/2024'], ['kl_end', 'chua']]), reg, 2025).answers).toEqual({ discipline: 'canh-cao.2024-05-01' });
    expect(readStep(d, form([['discipline', 'co'], ['kl_level', 'khien-trach'], ['kl_from', '10/03/2025'], ['kl_end', 'het'], ['kl_to', '10/09/2025']]), reg, 2025).answers).toEqual({ discipline: 'khien-trach.2025-03-10.2025-09-10' });
  });

  it('ngày kỷ luật đọc theo ngày/tháng/năm: “10/03/2025” là ngày 10 tháng 3, còn “31/02/2025” bị báo lỗi', () => {
    const d = q(cs, 'discipline');
    const base: [string, string][] = [['discipline', 'co'], ['kl_level', 'khien-trach'], ['kl_end', 'chua']];
    expect(readStep(d, form([...base, ['kl_from', '10/03/2025']]), reg, 2025).answers.discipline).toBe('khien-trach.2025-03-10');
    expect(readStep(d, form([...base, ['kl_from', '31/02/2025']]), reg, 2025).errors.map((e) => e.id)).toEqual(['f-kl_from']);
  });

  it('không rõ ngày hết thời hạn kỷ luật thì câu trả lời là “không rõ”, không bị hiểu là “chưa hết hạn”', () => {
    const d = q(cs, 'discipline');
    const r = readStep(d, form([['discipline', 'co'], ['kl_level', 'khien-trach'], ['kl_from', '10/03/2023'], ['kl_end', 'khong-ro']]), reg, 2025);
    expect(r.answers).toEqual({ discipline: 'khong-ro' });
  });

  it('số liệu tập thể: ô trống bị báo lỗi (ghi 0 hoặc đánh dấu “Không rõ”); số thành viên đạt danh hiệu không vượt tổng số', () => {
    const m = q({ award: 'tap-the-lao-dong-xuat-sac', year: '2025', province: 'khac' }, 'members');
    const blank = readStep(m, form([['members', '20'], ['laoDongTienTien', ''], ['chienSiThiDuaCoSo', '1'], ['completedTasks', '20']]), reg, 2025);
    expect(blank.errors.map((e) => e.id)).toEqual(['f-laoDongTienTien']);
    expect(errorMessage(blank.errors[0])).toContain('ghi 0');
    const r = readStep(m, form([['members', '20'], ['laoDongTienTien_unknown', 'khong-ro'], ['chienSiThiDuaCoSo', '1'], ['completedTasks', '21']]), reg, 2025);
    expect(r.errors.map((e) => e.id)).toEqual(['f-completedTasks']);
    const ok = readStep(m, form([['members', '20'], ['laoDongTienTien', ''], ['laoDongTienTien_unknown', 'khong-ro'], ['chienSiThiDuaCoSo', '0'], ['completedTasks', '20']]), reg, 2025);
    expect(ok.errors).toEqual([]);
    expect(ok.answers).toMatchObject({ members: '20', laoDongTienTien: 'khong-ro', chienSiThiDuaCoSo: '0' });
  });
});

describe('Lựa chọn của các câu hỏi', () => {
  it('mỗi danh sách lựa chọn liệt kê các mục theo đúng thứ tự của bộ từ vựng (xếp loại, khu vực, cấp, loại, hình thức kỷ luật)', async () => {
    const copy = await import('../src/lib/checker/script-copy');
    const vocab = await import('../src/lib/vocabulary');
    const pairs = [[copy.RATING_LABEL, vocab.RATINGS], [copy.SECTOR_LABEL, vocab.SECTORS], [copy.SCOPE_LABEL, vocab.SCOPES], [copy.INITIATIVE_LABEL, vocab.INITIATIVE_KINDS], [copy.AWARD_TYPE_LABEL, vocab.AWARD_TYPES], [copy.DISCIPLINE_LABEL, vocab.DISCIPLINE_LEVELS], [copy.PENDING_LABEL, vocab.PENDING_FLAGS]] as const;
    for (const [labels, ids] of pairs) expect(Object.keys(labels)).toEqual([...ids]);
  });
});
