/**
 * HTML of the checker's steps and result, as strings (the custom element puts them in place).
 * Every text is escaped. The markup follows the GOV.UK patterns: one question per page, the
 * question as the heading inside the legend (or the label), hints tied with aria-describedby,
 * radios in fieldsets, conditional fields revealed under their option.
 */
import { CONFIDENCE_VI, LAW_DOCUMENT, VERDICT_VI, proposalDate, type EligibilityResult, type Registry } from '../../lib/eligibility/index';
import { ACHIEVEMENT_KINDS, AWARD_TYPES, INITIATIVE_KINDS, RATINGS, SCOPES, SECTORS } from '../../lib/vocabulary';
import { DISCIPLINE_LEVELS, NONE, OTHER_PROVINCE, PENDING_FLAGS, UNKNOWN, parseAchievements, parseAwards, parseDiscipline, parseInitiatives, parseTitles, writeFragment, type Answers } from '../../lib/checker/answers';
import {
  ACHIEVEMENT_LABEL, AWARD_TYPE_LABEL, COUNT_LABEL, DISCIPLINE_LABEL, INITIATIVE_LABEL, PENDING_LABEL, Q, RATING_LABEL, SCOPE_LABEL, SECTOR_LABEL, UI,
  TEXT, UNKNOWN_LABEL, VERDICT_CLASS,
} from '../../lib/checker/copy';
import { keysOf, subjectFor, titlesOfYear, type Question } from '../../lib/checker/flow';
import { citationHref, ordered, placeHref, type CheckerData } from '../../lib/checker/result';
import { INITIATIVE_ROWS, fieldId, type FieldError } from '../../lib/checker/steps';
import { answerText } from '../../lib/checker/summary';

import { esc } from './esc';

export const PATH = '/kiem-tra/';

const dmy = (d: string) => d.split('-').reverse().join('/');

export interface View {
  registry: Registry;
  data: CheckerData;
  answers: Answers;
  flow: Question[];
}

/** The URL of a step (or of the result when `step` is undefined). */
export const stepUrl = (v: View, step?: string) => PATH + writeFragment(v.answers, keysOf(v.flow), step);

type Opt = [value: string, label: string, hint?: string];

function radios(name: string, opts: Opt[], checked: string | undefined, reveal?: Record<string, string>): string {
  return opts
    .map(([value, label, hint]) => {
      const id = fieldId(name, value);
      const r = reveal?.[value];
      return `<div class="opt"><input type="radio" id="${id}" name="${name}" value="${esc(value)}"${value === checked ? ' checked' : ''}${hint ? ` aria-describedby="${id}-h"` : ''}${r !== undefined ? ` aria-controls="${id}-r"` : ''}><label for="${id}">${esc(label)}</label>${hint ? `<p class="opt-hint" id="${id}-h">${esc(hint)}</p>` : ''}</div>${r !== undefined ? `<div class="reveal" id="${id}-r"${value === checked ? '' : ' hidden'}>${r}</div>` : ''}`;
    })
    .join('');
}

function checkbox(name: string, value: string, label: string, checked: boolean): string {
  const id = fieldId(name, value);
  return `<div class="opt"><input type="checkbox" id="${id}" name="${name}" value="${esc(value)}"${checked ? ' checked' : ''}><label for="${id}">${esc(label)}</label></div>`;
}

function select(name: string, label: string, opts: Opt[], value: string | undefined): string {
  const id = fieldId(name);
  return `<div class="field"><label for="${id}">${esc(label)}</label><select id="${id}" name="${name}">${opts.map(([v, l]) => `<option value="${esc(v)}"${v === value ? ' selected' : ''}>${esc(l)}</option>`).join('')}</select></div>`;
}

function input(name: string, label: string, type: 'number' | 'date', value: string | undefined, extra = ''): string {
  const id = fieldId(name);
  return `<div class="field"><label for="${id}">${esc(label)}</label><input type="${type}" id="${id}" name="${name}" value="${esc(value ?? '')}"${extra}></div>`;
}

const entries = <T extends string>(labels: Record<T, string>, keys: readonly T[]): Opt[] => keys.map((k) => [k, labels[k]]);
const ratingOpts: Opt[] = [...entries(RATING_LABEL, [...RATINGS].reverse()), [UNKNOWN, UNKNOWN_LABEL]];
const yesNo = (none: string, some: string): Opt[] => [[NONE, none], ['co', some], [UNKNOWN, UNKNOWN_LABEL]];
/** The radio value to check for a list answer. */
const listChoice = (v: string | undefined) => (v === undefined ? undefined : v === NONE || v === UNKNOWN ? v : 'co');

/** The citations a question rests on, as links. */
function basis(q: Question, v: View): string {
  const award = v.registry.get(v.answers.award);
  const seen = new Set<string>();
  const links: string[] = [];
  const add = (p: { article?: string; document?: string; anchor?: string; citation: string }) => {
    if (seen.has(p.citation)) return;
    seen.add(p.citation);
    const href = placeHref(p, v.data.docUrls, LAW_DOCUMENT);
    links.push(href ? `<a href="${esc(href)}">${esc(p.citation)}</a>` : esc(p.citation));
  };
  if (q.kind === 'award') {
    add({ article: 'dieu-6', citation: 'Điều 6 Luật Thi đua, khen thưởng 2022 (danh hiệu thi đua)' });
    add({ article: 'dieu-9', citation: 'Điều 9 (hình thức khen thưởng)' });
  }
  if (q.kind === 'year') add({ article: 'dieu-94', citation: 'Điều 94 Luật Thi đua, khen thưởng 2022 (hiệu lực thi hành)' });
  if (q.kind === 'subject' && award) award.defined.forEach(add);
  // Who decides (and the dossier) may depend on the sector even when no criterion does.
  if (q.kind === 'sector' && award) [...award.decidedBy, ...award.dossier].filter((d) => d.appliesTo?.sectors).forEach(add);
  // The province question rests on the Law's delegation of the details to provinces.
  if (q.kind === 'province' && award?.delegation) add(award.delegation);
  if (award) for (const c of award.criteria) if (q.criteria.includes(c.id)) add(c);
  return links.length ? `<p class="basis">${UI.basis} ${links.join('; ')}</p>` : '';
}

function yearRatings(y: number, a: Answers): string {
  return `<fieldset class="sub"><legend>Năm ${y}</legend><div class="opts-inline">${radios(`r${y}`, ratingOpts, a[`r${y}`])}</div></fieldset>`;
}

function yearTitles(q: Question, y: number, v: View): string {
  const cur = v.answers[`t${y}`];
  const ticked = cur ? parseTitles(cur, v.registry) : undefined;
  const boxes = titlesOfYear(q, y).map((id) => checkbox(`t${y}`, id, v.registry.get(id)?.name ?? id, !!ticked?.includes(id)));
  return `<fieldset class="sub"><legend>Năm ${y}</legend>${boxes.join('')}${checkbox(`t${y}`, UNKNOWN, Q.titlesUnknown, cur === UNKNOWN)}</fieldset>`;
}

/** The controls of a question. */
function controls(q: Question, v: View): string {
  const a = v.answers;
  const year = Number(a.year);
  switch (q.kind) {
    case 'award': {
      const groups: Record<'individual' | 'collective' | 'both', string[]> = { individual: [], collective: [], both: [] };
      // Awards with criteria first; those the profile format cannot express (hộ gia đình only) are left out.
      const list = v.registry.list.filter((x) => !x.subject.length || x.subject.includes('ca-nhan') || x.subject.includes('tap-the'));
      for (const x of [...list.filter((x) => x.criteria.length), ...list.filter((x) => !x.criteria.length)]) {
        const g = !x.subject.includes('tap-the') ? 'individual' : x.subject.includes('ca-nhan') ? 'both' : 'collective';
        groups[g].push(radios('award', [[x.id, x.name, x.summary]], a.award));
      }
      return (['individual', 'collective', 'both'] as const)
        .filter((g) => groups[g].length)
        .map((g) => `<fieldset class="sub"><legend>${Q.groups[g]}</legend>${groups[g].join('')}</fieldset>`)
        .join('');
    }
    case 'year':
      return `<input type="number" id="${fieldId('year')}" name="year" min="1945" max="2100" step="1" class="w-year" value="${esc(a.year ?? '')}" aria-describedby="q-hint">`;
    case 'subject':
      return radios('subject', [['individual', Q.subject.individual], ['collective', Q.subject.collective]], a.subject);
    case 'sector':
      return radios('sector', entries(SECTOR_LABEL, SECTORS), a.sector);
    case 'province':
      return radios('province', [...q.provinces!.map(([s, n]): Opt => [s, n[0].toUpperCase() + n.slice(1)]), [OTHER_PROVINCE, UI.otherProvince]], a.province);
    case 'ratings':
      return (q.years ?? []).map((y) => yearRatings(y, a)).join('');
    case 'titles':
      return (q.years ?? []).map((y) => yearTitles(q, y, v)).join('');
    case 'extra-year': {
      const y = q.years![0];
      return (q.askRating ? yearRatings(y, a).replace(`<legend>Năm ${y}</legend>`, '<legend>Xếp loại</legend>') : '') + (q.askTitles ? yearTitles(q, y, v).replace(`<legend>Năm ${y}</legend>`, '<legend>Danh hiệu thi đua đã đạt</legend>') : '');
    }
    case 'months': {
      const m = a.months;
      const partial = m !== undefined && m !== UNKNOWN && m !== '12';
      const reveal = input('months_n', Q.months.worked, 'number', partial ? m : undefined, ' min="0" max="11" class="w-num"') + input('maternity', Q.months.maternity, 'number', a.maternity, ' min="0" max="12" class="w-num"');
      return radios('months', [['12', Q.months.full], ['it-hon', Q.months.partial], [UNKNOWN, UNKNOWN_LABEL]], m === undefined ? undefined : partial ? 'it-hon' : m, { 'it-hon': reveal });
    }
    case 'initiatives': {
      const items = a.initiatives ? parseInitiatives(a.initiatives, v.registry) ?? [] : [];
      const used: Opt[] = [['', Q.initiatives.notUsed], ...v.registry.list.map((x): Opt => [x.id, Q.initiatives.usedFor(x.name)])];
      let rows = '';
      for (let i = 1; i <= INITIATIVE_ROWS; i++) {
        const it = items[i - 1];
        rows += `<fieldset class="sub row"><legend>${Q.initiatives.row(i)}</legend>${select(`sk${i}_kind`, Q.initiatives.kind, entries(INITIATIVE_LABEL, INITIATIVE_KINDS), it?.kind)}${input(`sk${i}_year`, Q.initiatives.year, 'number', it ? String(it.year) : undefined, ` min="1945" max="${year}" class="w-year"`)}${select(`sk${i}_level`, Q.initiatives.level, entries(SCOPE_LABEL, SCOPES), it?.level)}${select(`sk${i}_used`, Q.initiatives.used, used, it?.usedFor ?? '')}</fieldset>`;
      }
      return radios('initiatives', yesNo(Q.initiatives.none, Q.initiatives.some), listChoice(a.initiatives), { co: rows });
    }
    case 'awards': {
      const items = a.awards ? parseAwards(a.awards, v.registry) ?? [] : [];
      const rows = (q.awards ?? [])
        .map((id) => {
          const name = v.registry.get(id)?.name ?? id;
          const it = items.find((x) => x.award === id);
          return `<fieldset class="sub row"><legend>${esc(name)}</legend>${input(`kt_${id}_year`, Q.awards.year(name), 'number', it ? String(it.year) : undefined, ` min="1945" max="${year - 1}" class="w-year"`)}${select(`kt_${id}_type`, Q.awards.type(name), entries(AWARD_TYPE_LABEL, AWARD_TYPES), it?.type)}</fieldset>`;
        })
        .join('');
      return radios('awards', yesNo(Q.awards.none, Q.awards.some), listChoice(a.awards), { co: rows });
    }
    case 'achievements': {
      const items = a.achievements ? parseAchievements(a.achievements) ?? [] : [];
      const rows = (q.achievements ?? [])
        .filter((k) => (ACHIEVEMENT_KINDS as readonly string[]).includes(k))
        .map((k) => {
          const it = items.find((x) => x.kind === k);
          const label = ACHIEVEMENT_LABEL[k as keyof typeof ACHIEVEMENT_LABEL];
          return `<div class="sub row">${checkbox('tt', k, label, !!it)}${select(`tt_${k}_scope`, Q.achievements.scope(label), entries(SCOPE_LABEL, SCOPES), it?.scope)}</div>`;
        })
        .join('');
      return radios('achievements', yesNo(Q.achievements.none, Q.achievements.some), listChoice(a.achievements), { co: rows });
    }
    case 'crating':
      return radios('crating', ratingOpts, a.crating);
    case 'members':
      return (q.counts ?? []).map((c) => input(c, COUNT_LABEL[c], 'number', a[c] === UNKNOWN ? '' : a[c], ` min="${c === 'members' ? 1 : 0}" class="w-num"`)).join('');
    case 'discipline': {
      const d = a.discipline ? parseDiscipline(a.discipline)?.[0] : undefined;
      const reveal = select('kl_level', Q.discipline.level, [['', 'Chọn…'], ...entries(DISCIPLINE_LABEL, DISCIPLINE_LEVELS)], d?.level) + input('kl_from', Q.discipline.from, 'date', d?.from) + input('kl_to', Q.discipline.to, 'date', d?.to);
      return radios('discipline', yesNo(Q.discipline.none, Q.discipline.some), listChoice(a.discipline), { co: reveal });
    }
    case 'pending':
      return radios('pending', [[NONE, Q.pendingNone], ...entries(PENDING_LABEL, PENDING_FLAGS), [UNKNOWN, UNKNOWN_LABEL]], a.pending);
  }
}

/** The question's heading text and hint. */
function texts(q: Question, v: View): [string, string, string] {
  const award = v.registry.get(v.answers.award);
  const y = Number(v.answers.year);
  return TEXT[q.kind]({ w: (award && subjectFor(award, v.answers)) || 'individual', y, ys: q.years ?? [y] });
}

/** The question's heading text (for the document title). */
export function questionTitle(q: Question, v: View): string {
  return texts(q, v)[0];
}

/** The error summary (inserted on top of the form when an answer is invalid). */
export function errorSummary(errors: FieldError[]): string {
  return `<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="err-h"><h2 id="err-h">${UI.errorTitle}</h2><ul>${errors.map((e) => `<li><a href="#${e.id}">${esc(e.message)}</a></li>`).join('')}</ul></div>`;
}

/** One step: back link, step count, the question in its form. */
export function renderQuestion(q: Question, index: number, v: View): string {
  const [title, hint] = texts(q, v);
  const back = index > 0 ? `<p class="back no-print"><a href="${esc(stepUrl(v, v.flow[index - 1].id))}" data-nav>${UI.back}</a></p>` : '';
  const single = q.kind === 'year';
  const head = single
    ? `<h2 id="q-h" tabindex="-1"><label for="${fieldId('year')}">${esc(title)}</label></h2><p class="hint" id="q-hint">${esc(hint)}</p>`
    : `<legend><h2 id="q-h" tabindex="-1">${esc(title)}</h2></legend><p class="hint" id="q-hint">${esc(hint)}</p>`;
  const body = head + basis(q, v) + controls(q, v);
  // method="dialog": outside a <dialog> a submission goes nowhere, so even if the script's submit
  // handler failed, no answer could ever leave in a request; the handler writes the URL fragment.
  return `${back}<form method="dialog" class="step" novalidate data-step="${esc(q.id)}">${single ? `<div class="q">${body}</div>` : `<fieldset class="q" aria-describedby="q-hint">${body}</fieldset>`}<button type="submit" class="primary">${UI.next}</button></form>`;
}

function criteriaList(title: string, cls: string, list: EligibilityResult['criteria'], v: View): string {
  if (!list.length) return '';
  const award = v.registry.get(v.answers.award);
  const items = list.map((c) => {
    const href = citationHref(c.article, v.data.docUrls);
    const k = award?.criteria.find((x) => x.id === c.id && x.citation === c.citation);
    const conf = k && k.confidence !== 'high' ? ` <span class="conf">Độ tin cậy: ${CONFIDENCE_VI[k.confidence]}</span>` : '';
    return `<li><p>${esc(c.explanation)}</p><p class="cite">${href ? `<a href="${esc(href)}">${esc(c.citation)}</a>` : esc(c.citation)}${conf}</p></li>`;
  });
  return `<h3 class="c-${cls}">${title} (${list.length})</h3><ul class="criteria c-${cls}">${items.join('')}</ul>`;
}

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
};

/** The result: verdict first, then what to do, criteria not met and unknown, met ones, who decides, the dossier, the answers. */
export function renderResult(r: EligibilityResult, v: View): string {
  const award = v.registry.get(r.award)!;
  const crit = ordered(r.criteria);
  const by = (s: string) => crit.filter((c) => c.status === s);
  const amendment = proposalDate(r.year) >= v.data.amendmentFrom ? `<p class="caution">${esc(UI.amendment(dmy(v.data.amendmentFrom)))}</p>` : '';
  const answers = v.flow
    .map((q) => `<div><dt>${esc(texts(q, v)[2])}</dt><dd>${esc(answerText(q, v.answers, v.registry))} <a class="no-print" href="${esc(stepUrl(v, q.id))}" data-nav>${UI.change}<span class="visually-hidden"> ${esc(texts(q, v)[2].toLowerCase())}</span></a></dd></div>`)
    .join('');
  const ul = (xs: string[]) => `<ul>${xs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
  return `<section class="result" data-verdict="${r.verdict}" aria-labelledby="kq">
<div class="print-only sheet-head"><p class="sheet-title">${UI.sheet}</p><p>${esc(UI.printedOn(today()))} · ${esc(UI.rulesAsOf(dmy(v.data.rulesCheckedOn)))}</p></div>
<h2 id="kq" tabindex="-1">${UI.resultTitle}</h2>
<p class="verdict v-${VERDICT_CLASS[r.verdict]}"><span>${esc(`${award.name}, năm ${r.year}:`)}</span> <strong>${esc(VERDICT_VI[r.verdict])}</strong></p>
${amendment}
${r.ruleset.province ? `<p class="caution">${esc(r.ruleset.province.note)}</p>` : ''}
${r.missing.length ? `<h3>${UI.next_steps}</h3>${ul(r.missing)}` : ''}
${criteriaList(UI.notMet, 'no', by('not-met'), v)}${criteriaList(UI.unknown, 'open', by('unknown'), v)}${criteriaList(UI.met, 'ok', by('met'), v)}
<h3>${UI.decidedBy}</h3><p>${esc(r.decidedBy)}</p>
${r.dossier.length ? `<h3>${UI.dossier}</h3><ul class="dossier">${r.dossier.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''}
<h3>${UI.answersTitle}</h3><dl class="answers">${answers}</dl>
<p class="small">${esc(`${UI.rulesAsOf(dmy(v.data.rulesCheckedOn))}; căn cứ: ${r.ruleset.sources.join(', ')}.`)}</p>
<p class="print-only sheet-url">${esc(`Mở lại phiếu này: ${typeof location === 'undefined' ? '' : location.href}`)}</p>
<p class="actions no-print"><button type="button" data-print>${UI.print}</button> <a href="${PATH}" data-nav>${UI.restart}</a></p>
</section>`;
}

