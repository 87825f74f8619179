/**
 * HTML of the checker's result, as a string filled into the sheet Astro rendered
 * (ResultTemplate.astro): verdict, what decides it, next steps, criteria, who decides, dossier.
 * Every text is escaped.
 */
import { VERDICT_VI, proposalDate, type EligibilityResult } from '../../lib/eligibility/index';
import { VERDICT_CLASS, VERDICT_ICON, ASK_TEXT, fieldAsk, LEAD, type AskField } from '../../lib/checker/copy';
import { subjectFor, type Question } from '../../lib/checker/flow';
import { citationHref, ordered } from '../../lib/checker/result';
import { answerText } from '../../lib/checker/summary';
import { splitCautions } from '../../lib/checker/cautions';
import { nextSteps, plainWords, type NextStep } from '../../lib/checker/next-steps';
import { decidingSentence } from '../../lib/checker/what-if';
import { esc } from './esc';
import { W, fmt, stepUrl, template, texts, type View } from './view';

/** A confidence note of the result, with the citation it belongs to. */
interface Caution { where: string; note: string }

function criteriaList(title: string, cls: string, list: EligibilityResult['criteria'], v: View, cautions: Caution[]): string {
  if (!list.length) return '';
  const items = list.map((c) => {
    const href = citationHref(c.article, v.data.docUrls);
    const { text, notes } = splitCautions(plainWords(c.explanation));
    notes.forEach((note) => cautions.push({ where: c.citation, note }));
    const mark = notes.length ? ' <span class="conf-mark" aria-hidden="true">*</span>' : '';
    return `<li><p>${esc(text)}</p><p class="cite">${href ? `<a href="${esc(href)}">${esc(c.citation)}</a>` : esc(c.citation)}${mark}</p></li>`;
  });
  return `<h3 class="c-${cls}">${title} (${list.length})</h3><ul class="criteria c-${cls}">${items.join('')}</ul>`;
}

/** One summary of what is uncertain in this result, and why (collapsed). */
function cautionSummary(cautions: Caution[]): string {
  const seen = new Set<string>();
  const unique = cautions.filter((c) => !seen.has(c.note) && seen.add(c.note));
  if (!unique.length) return '';
  return `<details class="conf-summary"><summary>${esc(fmt(W().UI.cautions, { n: unique.length }))}</summary><ul>${unique.map((c) => `<li>${esc(`${c.where}: độ tin cậy ${c.note}.`)}</li>`).join('')}</ul></details>`;
}

/** The question of the flow that asks a field (of a year), if any. */
function questionFor(field: AskField, year: number | undefined, v: View): Question | undefined {
  const { kinds } = fieldAsk(field, year ?? 0);
  for (const kind of kinds) {
    const q = v.flow.find((x) => x.kind === kind && (year === undefined || !x.years || x.years.includes(year) || kind === 'crating'));
    if (q) return q;
  }
  return undefined;
}

/** A next step as HTML: each request for information a link to its question. */
function stepHtml(step: NextStep, v: View): string {
  return step.segments
    .map((seg, i) => {
      if (typeof seg === 'string') return esc(seg);
      const text = ASK_TEXT.page(fieldAsk(seg.field, seg.year ?? 0).topic);
      const label = i === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
      const q = questionFor(seg.field, seg.year, v);
      return q ? `<a href="${esc(stepUrl(v, q.id))}" data-nav>${esc(label)}</a>` : esc(label);
    })
    .join('');
}

/** What to do next: the steps the user can take now first; other routes folded under "Các cách khác". */
function nextStepsHtml(r: EligibilityResult, v: View): string {
  const steps = nextSteps(r.missing);
  if (!steps.length) return '';
  const li = (xs: NextStep[]) => `<ul class="next-steps">${xs.map((x) => `<li>${stepHtml(x, v)}</li>`).join('')}</ul>`;
  const asks = steps.filter((x) => x.asks);
  const others = steps.filter((x) => !x.asks);
  if (r.verdict !== 'needs-info' || !asks.length || !others.length) return `<h3>${W().UI.next_steps}</h3>${li(steps)}`;
  return `<h3>${W().UI.next_steps}</h3>${li(asks)}<details class="other-routes"><summary>${W().UI.otherRoutes}</summary>${li(others)}</details>`;
}

/** Under an "đủ tiêu chuẩn" verdict: the qualitative criteria that were assumed met (the engine says "Giả định đạt: …", also inside standards it reuses). */
function assumedNote(r: EligibilityResult): string {
  if (r.verdict !== 'eligible') return '';
  const what = new Set<string>();
  for (const c of r.criteria) {
    for (const m of c.explanation.matchAll(/Giả định đạt: ([^.]+)\./g)) what.add(m[1]);
    for (const m of c.explanation.matchAll(/giả định đạt tiêu chí định tính \(([^)]+)\)/g)) what.add(m[1]);
  }
  return what.size ? `<p class="assumed">${esc(LEAD.assumed([...what].join('; ')))}</p>` : '';
}

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
};

/** The result: verdict first (with what decides it, or what was assumed), then what to do, the criteria, who decides, the dossier, the answers. */
export function renderResult(r: EligibilityResult, v: View, person = ''): string {
  const award = v.registry.get(r.award)!;
  const crit = ordered(r.criteria);
  const by = (s: string) => crit.filter((c) => c.status === s);
  const answers = v.flow
    .map((q) => `<div><dt>${esc(texts(q, v)[2])}</dt><dd>${esc(answerText(q, v.answers, v.registry))} <a class="no-print" href="${esc(stepUrl(v, q.id))}" data-nav>${W().UI.change}<span class="visually-hidden"> ${esc(texts(q, v)[2].toLowerCase())}</span></a></dd></div>`)
    .join('');
  const cautions: Caution[] = [];
  const criteria = criteriaList(W().UI.notMet, 'no', by('not-met'), v, cautions) + criteriaList(W().UI.unknown, 'open', by('unknown'), v, cautions) + criteriaList(W().UI.met, 'ok', by('met'), v, cautions);
  const decided = splitCautions(r.decidedBy);
  decided.notes.forEach((note) => cautions.push({ where: W().UI.decidedBy, note }));
  const dossier = r.dossier.map((d) => {
    const x = splitCautions(d);
    x.notes.forEach((note) => cautions.push({ where: W().UI.dossier, note }));
    return `<li>${esc(x.text)}</li>`;
  });
  // The sheet's fixed parts (headings, buttons, the print header) are the page's markup
  // (ResultTemplate.astro); the script fills its slots.
  const slots: Record<string, string> = {
    verdict: r.verdict,
    cls: VERDICT_CLASS[r.verdict],
    icon: VERDICT_ICON[r.verdict],
    name: esc(`${award.name}, năm ${r.year}:`),
    verdictText: esc(VERDICT_VI[r.verdict]),
    printed: today(),
    lead: (r.verdict === 'needs-info' ? `<p class="lead-answer">${esc(decidingSentence(v.answers, v.flow, v.registry) ?? LEAD.depends)}</p>` : '') + assumedNote(r),
    amendment: (r.ruleset.province ? `<p class="caution">${esc(r.ruleset.province.note)}</p>` : '') + (proposalDate(r.year) >= v.data.amendmentFrom ? template('checker-amendment') : ''),
    next: nextStepsHtml(r, v),
    criteria: criteria + cautionSummary(cautions),
    decided: esc(decided.text),
    money: esc(v.data.money[r.award]?.[subjectFor(award, v.answers) ?? 'individual'] ?? 'Cẩm nang chưa có mức tiền thưởng cho trường hợp này.'),
    dossier: dossier.length ? template('checker-dossier').replace('%%items%%', dossier.join('')) : '',
    answers,
    sources: esc(r.ruleset.sources.join(', ')),
    url: esc(location.href),
    person: esc(person),
  };
  return template('checker-result').replace(/%%(\w+)%%/g, (_, k: string) => slots[k]);
}
