/**
 * HTML of the checker's steps and result, as strings (the custom element puts them in place).
 * Every text is escaped. The markup follows the GOV.UK patterns: one question per page, the
 * question as the heading inside the legend (or the label), hints tied with aria-describedby,
 * radios in fieldsets, conditional fields revealed under their option.
 */
import type { Condition } from '../../schemas/award';
import type { Registry } from '../../lib/eligibility/index';
import { NONE, OTHER_PROVINCE, UNKNOWN, parseTitles, readList, writeFragment, type Answers } from '../../lib/checker/answers';
import type { Words } from '../../lib/checker/copy';
import {
  ACHIEVEMENT_LABEL, AWARD_TYPE_LABEL, COUNT_LABEL, DISCIPLINE_LABEL, INITIATIVE_LABEL, PENDING_LABEL, SUBJECT_LABEL, RATING_LABEL, SCOPE_LABEL, SECTOR_LABEL,
  OTHER_PROVINCE_LABEL, cap, fill, fillText, UNKNOWN_LABEL,
} from '../../lib/checker/script-copy';
import { keysOf, subjectFor, titlesOfYear, walk, type Question } from '../../lib/checker/flow';
import { placeHref, type CheckerData } from '../../lib/checker/result';
import { INITIATIVE_ROWS, fieldId, type FieldError } from '../../lib/checker/steps';
import { LAW_DOCUMENT } from '../../lib/eligibility/index';

import { esc } from './esc';
import { date } from '../../lib/eligibility/copy';
import { CHECKER_URL } from '../../lib/urls-checker';

let words: Words | undefined;
/** The checker's words: the page's JSON block (Checker.astro renders copy.ts WORDS), words rather than script. */
export const W = (): Words => (words ??= JSON.parse(document.getElementById('checker-words')!.textContent!));
export const fmt = fill;

/** A field error's message, from the page's copy. */
export const errorText = (e: FieldError) => fill(W().ERR[e.key], e.args);


export interface View {
  registry: Registry;
  data: CheckerData;
  answers: Answers;
  flow: Question[];
}

/** The URL of a step (or of the result when `step` is undefined). */
export const stepUrl = (v: View, step?: string) => CHECKER_URL + writeFragment(v.answers, keysOf(v.flow), step);

type Opt = [value: string, label: string];

/** Radio options; under an option with a `reveal` panel, its fields (shown while it is chosen). The award picker, whose options carry hints, is the page's markup. */
function radios(name: string, opts: Opt[], checked: string | undefined, reveal?: Record<string, string>, inline = false): string {
  const options = opts.map(([value, label]) => {
    const id = fieldId(name, value);
    const r = reveal?.[value];
    const opt = `<div class="opt"><input type="radio" id="${id}" name="${name}" value="${esc(value)}"${value === checked ? ' checked' : ''}${r !== undefined ? ` aria-controls="${id}-r"` : ''}><label for="${id}">${esc(label)}</label></div>`;
    const panel = r !== undefined ? `<div class="reveal" id="${id}-r"${value === checked ? '' : ' hidden'}>${r}</div>` : '';
    return [opt, panel];
  });
  return inline ? `<div class="opts-inline">${options.map((o) => o[0]).join('')}</div>${options.map((o) => o[1]).join('')}` : options.map((o) => o.join('')).join('');
}

/** A checkbox; `context` is read to screen readers after the label ("Không rõ" of which count). */
function checkbox(name: string, value: string, label: string, checked: boolean, context?: string): string {
  const id = fieldId(name, value);
  return `<div class="opt"><input type="checkbox" id="${id}" name="${name}" value="${esc(value)}"${checked ? ' checked' : ''}><label for="${id}">${esc(label)}${context ? `<span class="visually-hidden"> (${esc(context)})</span>` : ''}</label></div>`;
}

function select(name: string, label: string, opts: Opt[], value: string | undefined): string {
  const id = fieldId(name);
  return `<div class="field"><label for="${id}">${esc(label)}</label><select id="${id}" name="${name}">${opts.map(([v, l]) => `<option value="${esc(v)}"${v === value ? ' selected' : ''}>${esc(l)}</option>`).join('')}</select></div>`;
}

function input(name: string, label: string, type: 'number' | 'text', value: string | undefined, extra = ''): string {
  const id = fieldId(name);
  return `<div class="field"><label for="${id}">${esc(label)}</label><input type="${type}" id="${id}" name="${name}" value="${esc(value ?? '')}"${extra}></div>`;
}

/** A date field asked as dd/mm/yyyy text (a browser's date field follows its locale: 10/03 may become 3 October). */
function dateInput(name: string, label: string, iso: string | undefined): string {
  return input(name, label, 'text', iso ? date(iso) : undefined, ` inputmode="numeric" autocomplete="off" placeholder="${W().Q.discipline.datePlaceholder}" class="w-date"`);
}

// Options in the vocabulary's order (its labels are built in that order, script-copy.ts); ratings best first.
const ratingOpts: Opt[] = [...Object.entries(RATING_LABEL).reverse(), [UNKNOWN, UNKNOWN_LABEL]];
const scopeOpts = Object.entries(SCOPE_LABEL);

/** A list question's choice: none, "Có" with its rows revealed under it, or "Không rõ". */
function listRadios(kind: 'initiatives' | 'awards' | 'achievements' | 'discipline', a: Answers, rows: string, inline = true): string {
  const v = a[kind];
  const w = W().Q[kind];
  return radios(kind, [[NONE, w.none], ['co', w.some], [UNKNOWN, UNKNOWN_LABEL]], v === undefined || v === NONE || v === UNKNOWN ? v : 'co', { co: rows }, inline);
}

/** The element for `kind` in a <template> the page rendered at build time (Checker.astro). */
const part = (id: string, kind: string) => (document.getElementById(id) as HTMLTemplateElement | null)?.content.querySelector(`[data-k="${kind}"]`);

/** The citations a question rests on, as links. */
function basis(q: Question, v: View): string {
  // The Law's articles behind the picker and the year are the page's markup (Checker.astro, FIXED_BASIS).
  const fixed = part('checker-basis', q.kind);
  if (fixed) return fixed.outerHTML;
  // Every other question comes after the award is chosen.
  const award = v.registry.get(v.answers.award)!;
  const seen = new Set<string>();
  const links: string[] = [];
  const add = (p: { article?: string; document?: string; anchor?: string; citation: string }) => {
    // Each cited clause once: criteria and deciders often cite the same one ("khoản 3 Điều 80 …;
    // Điều 59 Nghị định 129/2025/NĐ-CP" repeats its first part); the link goes on the first part.
    const href = placeHref(p, v.data.docUrls, LAW_DOCUMENT);
    p.citation.split('; ').forEach((part, i) => {
      if (seen.has(part)) return;
      seen.add(part);
      links.push(href && !i ? `<a href="${esc(href)}">${esc(part)}</a>` : esc(part));
    });
  };
  if (q.kind === 'subject') award.defined.forEach(add);
  // Who decides (and the dossier) may depend on the sector even when no criterion does.
  if (q.kind === 'sector') [...award.decidedBy, ...award.dossier].filter((d) => d.appliesTo?.sectors).forEach(add);
  // The province question rests on the Law's delegation of the details to provinces.
  if (q.kind === 'province' && award.delegation) add(award.delegation);
  // The criteria a question reads: the Law's, or a province's own rule set's (flow.ts asks those where they apply).
  for (const c of [...award.criteria, ...(award.ruleSets ?? []).flatMap((r) => r.criteria ?? [])]) if (q.criteria.includes(c.id)) add(c);
  return links.length ? `<p class="basis">${W().UI.basis} ${links.join('; ')}</p>` : '';
}

/** The rating of year `y`, in a group named `legend` (the year, or "Xếp loại" on an extra year's own step). */
function yearRatings(y: number, a: Answers, legend = `Năm ${y}`): string {
  return `<fieldset class="sub"><legend>${legend}</legend><div class="opts-inline">${radios(`r${y}`, ratingOpts, a[`r${y}`])}</div></fieldset>`;
}

function yearTitles(q: Question, y: number, v: View, legend = `Năm ${y}`): string {
  const cur = v.answers[`t${y}`];
  const ticked = cur ? parseTitles(cur, v.registry) : undefined;
  const boxes = titlesOfYear(q, y).map((id) => checkbox(`t${y}`, id, v.registry.get(id)?.name ?? id, !!ticked?.includes(id)));
  return `<fieldset class="sub"><legend>${legend}</legend>${boxes.join('')}${checkbox(`t${y}`, UNKNOWN, W().Q.titlesUnknown, cur === UNKNOWN)}</fieldset>`;
}

/** The markup of a <template> the page rendered at build time (AwardPicker.astro). */
export const template = (id: string) => document.getElementById(id)?.innerHTML ?? '';

/** Whether a condition reads the initiatives (an initiative used for it is then worth asking about). */
const readsInitiatives = (c: Condition): boolean => [...walk(c)].some((x) => x.type === 'initiatives');

/** The controls of a question. */
function controls(q: Question, v: View): string {
  const a = v.answers;
  const year = Number(a.year);
  switch (q.kind) {
    case 'award': {
      // The list is the page's markup (AwardPicker.astro); only the choice already made is marked,
      // and the other awards unfolded when it is among them.
      const html = template('checker-award-picker');
      const at = a.award ? html.indexOf(`value="${a.award}"`) : -1;
      if (at < 0) return html;
      const marked = `${html.slice(0, at)}checked ${html.slice(at)}`;
      return html.indexOf('<details') < at ? marked.replace('<details class="more-awards"', '<details class="more-awards" open') : marked;
    }
    case 'year':
      return `<input type="number" id="${fieldId('year')}" name="year" min="1945" max="2100" step="1" class="w-year" value="${esc(a.year ?? '')}" aria-describedby="q-hint">`;
    case 'subject':
      return radios('subject', Object.entries(SUBJECT_LABEL), a.subject);
    case 'sector':
      return radios('sector', Object.entries(SECTOR_LABEL), a.sector);
    case 'province':
      return radios('province', [...q.provinces!.map(([s, n]): Opt => [s, cap(n)]), [OTHER_PROVINCE, OTHER_PROVINCE_LABEL]], a.province);
    case 'ratings':
      return (q.years ?? []).map((y) => yearRatings(y, a)).join('');
    case 'titles':
      return (q.years ?? []).map((y) => yearTitles(q, y, v)).join('');
    case 'extra-year': {
      const y = q.years![0];
      return (q.askRating ? yearRatings(y, a, 'Xếp loại') : '') + (q.askTitles ? yearTitles(q, y, v, 'Danh hiệu thi đua đã đạt') : '');
    }
    case 'months': {
      const m = a.months;
      const partial = m !== undefined && m !== UNKNOWN && m !== '12';
      const w = W().Q.months;
      const reveal = input('months_n', w.worked, 'number', partial ? m : undefined, ' min="0" max="11" class="w-num"') + input('maternity', w.maternity, 'number', a.maternity, ' min="0" max="12" class="w-num"');
      return radios('months', [['12', w.full], ['it-hon', w.partial], [UNKNOWN, UNKNOWN_LABEL]], m === undefined ? undefined : partial ? 'it-hon' : m, { 'it-hon': reveal });
    }
    case 'initiatives': {
      const items = readList(a, 'initiatives', v.registry) ?? [];
      const subject = subjectFor(v.registry.get(a.award)!, a) === 'collective' ? 'tap-the' : 'ca-nhan';
      // "Đã dùng để xét": only awards of this person's track that count initiatives (and the one checked).
      const track = v.registry.list.filter((x) => x.id === a.award || (x.subject.includes(subject) && x.criteria.some((k) => readsInitiatives(k.condition))));
      const w = W().Q.initiatives;
      const used: Opt[] = [['', W().Q.choose], [NONE, w.notUsed], ...track.map((x): Opt => [x.id, fmt(w.usedFor, { name: x.name })]), [UNKNOWN, w.usedUnknown]];
      const shown = Math.max(1, items.length);
      let rows = '';
      for (let i = 1; i <= INITIATIVE_ROWS; i++) {
        const it = items[i - 1];
        rows += `<fieldset class="sub row"${i > shown ? ' hidden' : ''}><legend>${fmt(w.row, { i })}</legend>${select(`sk${i}_kind`, w.kind, Object.entries(INITIATIVE_LABEL), it?.kind)}${input(`sk${i}_year`, w.year, 'number', it ? String(it.year) : undefined, ` min="1945" max="${year}" class="w-year"`)}${select(`sk${i}_level`, w.level, scopeOpts, it?.level)}${select(`sk${i}_used`, w.used, used, it ? it.usedFor ?? NONE : '')}</fieldset>`;
      }
      rows += `<button type="button" class="add-row" data-add-row${shown >= INITIATIVE_ROWS ? ' hidden' : ''}>${w.add}</button>`;
      return listRadios('initiatives', a, rows);
    }
    case 'awards': {
      const items = readList(a, 'awards', v.registry) ?? [];
      const rows = (q.awards ?? [])
        .map((id) => {
          const name = v.registry.get(id)?.name ?? id;
          const it = items.find((x) => x.award === id);
          return `<fieldset class="sub row"><legend>${esc(name)}</legend>${input(`kt_${id}_year`, fmt(W().Q.awards.year, { name }), 'number', it ? String(it.year) : undefined, ` min="1945" max="${year - 1}" class="w-year"`)}${select(`kt_${id}_type`, fmt(W().Q.awards.type, { name }), Object.entries(AWARD_TYPE_LABEL), it?.type)}</fieldset>`;
        })
        .join('');
      return listRadios('awards', a, rows);
    }
    case 'achievements': {
      const items = readList(a, 'achievements', v.registry) ?? [];
      const rows = (q.achievements ?? [])
        .map((k) => {
          const it = items.find((x) => x.kind === k);
          const label = ACHIEVEMENT_LABEL[k];
          return `<div class="sub row">${checkbox('tt', k, label, !!it)}${select(`tt_${k}_scope`, fmt(W().Q.achievements.scope, { label }), scopeOpts, it?.scope)}</div>`;
        })
        .join('');
      return listRadios('achievements', a, rows);
    }
    case 'crating':
      return radios('crating', ratingOpts, a.crating);
    case 'members':
      // Each count: a number, or an explicit "Không rõ" (a blank box is refused, never read as unknown).
      return (q.counts ?? [])
        .map((c) => `<div class="count-row">${input(c, COUNT_LABEL[c], 'number', a[c] === UNKNOWN ? '' : a[c], ` min="${c === 'members' ? 1 : 0}" class="w-num"`)}${checkbox(`${c}_unknown`, UNKNOWN, UNKNOWN_LABEL, a[c] === UNKNOWN, COUNT_LABEL[c])}</div>`)
        .join('');
    case 'discipline': {
      const d = readList(a, 'discipline', v.registry)?.[0];
      const end = d ? (d.to ? 'het' : 'chua') : undefined;
      const w = W().Q.discipline;
      const ends = radios('kl_end', [['het', w.ended], ['chua', w.running], [UNKNOWN, w.endUnknown]], end, { het: dateInput('kl_to', w.to, d?.to) });
      const reveal = select('kl_level', w.level, [['', W().Q.choose], ...Object.entries(DISCIPLINE_LABEL)], d?.level)
        + dateInput('kl_from', w.from, d?.from)
        + `<fieldset class="sub" aria-describedby="kl-end-h"><legend>${w.end}</legend><p class="hint" id="kl-end-h">${esc(w.endHint)}</p>${ends}</fieldset>`;
      return listRadios('discipline', a, reveal, false);
    }
    case 'pending':
      return radios('pending', [[NONE, W().Q.pendingNone], ...Object.entries(PENDING_LABEL), [UNKNOWN, UNKNOWN_LABEL]], a.pending);
  }
}

/** The question's heading text and hint. */
export function texts(q: Question, v: View): [string, string, string] {
  const award = v.registry.get(v.answers.award);
  const y = Number(v.answers.year);
  const c = { w: (award && subjectFor(award, v.answers)) || 'individual', y, ys: q.years ?? [y] } as const;
  // The words are the page's markup (Checker.astro renders TEXTS into #checker-texts).
  const el = part('checker-texts', q.kind);
  return [...(el?.children ?? [])].map((p) => fillText(p.textContent ?? '', c)) as [string, string, string];
}

/** The question's heading text (for the document title). */
export function questionTitle(q: Question, v: View): string {
  return texts(q, v)[0];
}

/** The error summary (inserted on top of the form when an answer is invalid). */
export function errorSummary(errors: FieldError[]): string {
  return `<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="err-h"><h2 id="err-h">${W().UI.errorTitle}</h2><ul>${errors.map((e) => `<li><a href="#${e.id}">${esc(errorText(e))}</a></li>`).join('')}</ul></div>`;
}

const ROUTING: Question['kind'][] = ['award', 'year', 'subject', 'sector'];

/** One step: back link and step count just above the question, the question in its form. */
export function renderQuestion(q: Question, index: number, v: View): string {
  const [title, hint] = texts(q, v);
  const back = index > 0 ? `<a href="${esc(stepUrl(v, v.flow[index - 1].id))}" data-nav><span aria-hidden="true">← </span>${W().UI.back}</a><span aria-hidden="true"> · </span>` : '';
  // The number of steps is known once the routing questions (award, year, subject, sector) are answered.
  const known = v.flow.some((x) => !ROUTING.includes(x.kind));
  const nav = `<p class="step-nav no-print">${back}<span class="count">${fmt(known ? W().UI.stepOf : W().UI.step, { n: index + 1, of: v.flow.length })}</span></p>`;
  // The year is one field: its heading holds its label. Other questions are a group: the heading is the legend.
  const single = q.kind === 'year';
  const h2 = `<h2 id="q-h" tabindex="-1">${single ? `<label for="${fieldId('year')}">${esc(title)}</label>` : esc(title)}</h2>`;
  const head = `${single ? h2 : `<legend>${h2}</legend>`}<p class="hint" id="q-hint">${esc(hint)}</p>`;
  // On the picker the general citations go after the list, so the first choice shows on a phone's first screen.
  const body = q.kind === 'award' ? head + controls(q, v) + basis(q, v) : head + basis(q, v) + controls(q, v);
  // method="dialog": outside a <dialog> a submission goes nowhere, so even if the script's submit
  // handler failed, no answer could ever leave in a request; the handler writes the URL fragment.
  return `${nav}<form method="dialog" class="step" novalidate data-step="${esc(q.id)}">${single ? `<div class="q">${body}</div>` : `<fieldset class="q" aria-describedby="q-hint">${body}</fieldset>`}<button type="submit" class="primary">${W().UI.next}</button></form>${q.kind === 'award' ? template('checker-award-without') : ''}`;
}
