/**
 * The checker's result, filled into the sheet Astro rendered (ResultTemplate.astro): verdict, what
 * decides it, next steps, criteria, who decides, dossier. Each criterion is the page's own
 * markup (Criterion.astro, cloned from the checklist below the checker) with the finding added;
 * the rest is text filled into the sheet's slots, every text escaped.
 */
import { VERDICT_VI, inEffect, proposalDate, type CriterionResult, type EligibilityResult } from '../../lib/eligibility/index';
import { askText, fill as fillWords } from '../../lib/checker/script-copy';
import { askedBy, subjectFor, type AskField, type Question } from '../../lib/checker/flow';
import { citationHref, dossierFor, grouped, withoutDecisionName } from '../../lib/checker/result';
import { answerText } from '../../lib/checker/summary';
import { splitCautions } from '../../lib/checker/cautions';
import { nextSteps, plainWords, type NextStep } from '../../lib/checker/next-steps';
import { decidingSentence } from '../../lib/checker/what-if';
import { esc } from './esc';
import { W, stepUrl, template, texts, type View } from './view';

/** A <template> of the sheet (ResultTemplate.astro) with its "%%slot%%"s filled. */
const fill = (id: string, slots: Record<string, string>) => template(id).replace(/%%(\w+)%%/g, (_, k: string) => slots[k]);

/** One summary of what is uncertain in this result, and why (collapsed): each note with the citation it first belongs to. */
function cautionSummary(cautions: Map<string, string>): string {
  if (!cautions.size) return '';
  return fill('checker-cautions', { n: String(cautions.size), items: [...cautions].map(([note, where]) => `<li>${esc(`${where}: độ tin cậy ${note}.`)}</li>`).join('') });
}

/** The question of the flow that asks a field (of a year), if any. */
function questionFor(field: AskField, year: number | undefined, v: View): Question | undefined {
  for (const kind of askedBy(field)) {
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
      const text = askText(W(), seg.field, seg.year);
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
  const li = (xs: NextStep[]) => xs.map((x) => `<li>${stepHtml(x, v)}</li>`).join('');
  const asks = steps.filter((x) => x.asks);
  const others = steps.filter((x) => !x.asks);
  const fold = r.verdict === 'needs-info' && asks.length && others.length;
  return fill('checker-next', { items: li(fold ? asks : steps), others: fold ? fill('checker-other-routes', { items: li(others) }) : '' });
}

/** Under an "đủ tiêu chuẩn" verdict: the qualitative criteria that were assumed met (the engine says "Giả định đạt: …", also inside standards it reuses). */
function assumedNote(r: EligibilityResult): string {
  if (r.verdict !== 'eligible') return '';
  const what = new Set<string>();
  for (const c of r.criteria) {
    for (const m of c.explanation.matchAll(/Giả định đạt: ([^.]+)\./g)) what.add(m[1]);
    for (const m of c.explanation.matchAll(/giả định đạt tiêu chí định tính \(([^)]+)\)/g)) what.add(m[1]);
  }
  return what.size ? `<p class="assumed">${esc(fillWords(W().LEAD.assumed, { what: [...what].join('; ') }))}</p>` : '';
}

/** The result: verdict first (with what decides it, or what was assumed), then what to do, the criteria, who decides, the dossier, the answers. */
export function renderResult(r: EligibilityResult, v: View, person = ''): string {
  const award = v.registry.get(r.award)!;
  const scope = r.ruleset.province;
  const rules = scope?.kind === 'province-rules' ? scope : null;
  // A province's decision is named once, in the note on its own rules above the criteria, not after each clause.
  const local = (text: string) => (rules ? withoutDecisionName(text, rules.number!) : text);
  const date = proposalDate(r.year);
  const cautions = new Map<string, string>();
  /** A text without its confidence notes (and the notes), which go to the result's one summary. */
  const strip = (where: string, text: string) => {
    const x = splitCautions(local(text));
    for (const note of x.notes) if (!cautions.has(note)) cautions.set(note, where);
    return x;
  };
  /**
   * A criterion as the page renders it (Criterion.astro, in the checklist below the checker, the
   * one in force on the proposal date), with the finding put first; one the checklist does not
   * show (another date's rules, a province's own) gets the sheet's plain line.
   */
  const item = (c: CriterionResult) => {
    const cite = local(c.citation);
    const x = strip(cite, plainWords(c.explanation));
    const finding = `<p class="finding">${esc(x.text)}${x.notes.length ? template('checker-conf-mark') : ''}</p>`;
    const href = citationHref(c.article, v.data.docUrls);
    const li = [...document.querySelectorAll<HTMLElement>(`#tieu-chi-${r.award} li[data-criterion="${c.id}"]`)].find((x) => inEffect(x.dataset, date));
    return (li?.outerHTML ?? fill('checker-criterion', { cite: href ? `<a href="${esc(href)}">${esc(cite)}</a>` : esc(cite) })).replace('>', `>${finding}`);
  };
  // Each group of criteria under its heading (the sheet's templates).
  const criteria = grouped(r.criteria, rules?.document)
    .map(([status, xs]) => (xs.length ? fill(`checker-${status}`, { n: String(xs.length), items: xs.map(item).join('') }) : ''))
    .join('');
  const answers = v.flow
    .map((q) => {
      const label = texts(q, v)[2];
      return fill('checker-answer', { label: esc(label), answer: esc(answerText(q, v.answers, v.registry, W().A)), href: esc(stepUrl(v, q.id)), lower: esc(label.toLowerCase()) });
    })
    .join('');
  const decided = strip(W().UI.decidedBy, r.decidedBy).text;
  const money = v.data.money[r.award]?.[subjectFor(award, v.answers) ?? 'individual'];
  const dossier = dossierFor(r).map((d) => `<li>${esc(strip(W().UI.dossier, d.text).text)}${d.route ? fill('checker-dossier-route', { route: esc(d.route) }) : ''}</li>`);
  // The sheet's fixed parts (headings, buttons, the print header) are the page's markup
  // (ResultTemplate.astro); the script fills its slots.
  const slots: Record<string, string> = {
    verdict: r.verdict,
    cls: W().VERDICT[r.verdict][0],
    icon: W().VERDICT[r.verdict][1],
    name: esc(`${award.name}, năm ${r.year}:`),
    verdictText: esc(VERDICT_VI[r.verdict]),
    printed: new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }),
    lead: (r.verdict === 'needs-info' ? `<p class="lead-answer">${esc(decidingSentence(v.answers, v.flow, v.registry, W()) ?? W().LEAD.depends)}</p>` : '') + assumedNote(r),
    amendment: (scope ? `<p class="caution">${esc(scope.note)}</p>` : '') + (date >= v.data.amendmentFrom ? template('checker-amendment') : ''),
    next: nextStepsHtml(r, v),
    criteria: criteria + cautionSummary(cautions),
    decided: esc(decided),
    money: money ? esc(money) : template('checker-no-money'),
    dossier: dossier.length ? fill('checker-dossier', { items: dossier.join('') }) : '',
    answers,
    sources: esc(r.ruleset.sources.join(', ')),
    url: esc(location.href),
    person: esc(person),
  };
  return fill('checker-result', slots);
}
