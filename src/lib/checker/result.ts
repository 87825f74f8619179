/**
 * From answers to what the checker shows: the engine's result, adapted where the profile format
 * cannot say what the user answered, with criteria in reading order (not met, then unknown, then
 * met) and site links for citations. Also the registry as the browser gets it. Plain TypeScript.
 */
import type { Award } from '../../schemas/award';
import { evaluateCoded, fromContract, registryOf, verdictOf, type CriterionResult, type EligibilityResult, type Registry } from '../eligibility/index';
import { UNKNOWN, parseInitiatives, toProfile, type Answers } from './answers';
import { fill, type UnsettledWords } from './script-copy';
import { anchorUrl } from '../urls-checker';

/** What the page embeds for the browser: the registry (validated at build time) and document URLs. */
export interface CheckerData {
  /** Registry entries, without the fields the checker does not read (see `leanAward`). */
  awards: Award[];
  /** Site URL of each document a rule points into ("luat-thi-dua-khen-thuong-2022" → "/luat/…/"). */
  docUrls: Record<string, string>;
  /** Date (YYYY-MM-DD) the rules were last checked (legal-status.ts). */
  rulesCheckedOn: string;
  /** Reported entry into force of the unverified 2026 amending law (legal-status.ts, AMENDMENT_2026). */
  amendmentFrom: string;
  /**
   * The award money for a decision signed on the build date, per award and subject, as a sentence
   * (src/lib/amounts.ts): computed at build time, like the award pages, so the browser carries no
   * salary table.
   */
  money: Record<string, { individual?: string; collective?: string }>;
}

/**
 * An award without what neither the engine nor the checker reads (award money, ladder links,
 * summary, level, period, criterion wording: the page renders those at build time), to keep the
 * page light. The engine reads ids, kinds, subjects, criteria
 * (conditions, citations, confidence, dates, reported changes), deciders and dossier items.
 */
export function leanAward(a: Award): Award {
  const { amount: _amount, prerequisites: _prerequisites, summary: _summary, level: _level, period: _period, ...rest } = a;
  // Of a reported change the engine reads its date, condition, summary and source.
  const lean = (cs: Award['criteria']) =>
    cs.map(({ text: _text, reportedChanges, ...c }) => ({ ...c, ...(reportedChanges ? { reportedChanges: reportedChanges.map(({ from, condition, summary, source }) => ({ from, condition, summary, source })) } : {}) }));
  const ruleSets = a.ruleSets?.map((r) => (r.criteria ? { ...r, criteria: lean(r.criteria) } : r));
  return { ...rest, criteria: lean(a.criteria), ...(ruleSets ? { ruleSets } : {}) } as unknown as Award;
}

/** A Registry over entries validated at build time (the browser does not validate again). */
export { registryOf };

/** The site URL of a result's `article` ("doc#anchor"), or null when the site does not hold the document. */
export function citationHref(article: string | null, docUrls: Record<string, string>): string | null {
  if (!article) return null;
  const [doc, anchor] = article.split('#');
  const url = docUrls[doc];
  return url ? anchorUrl(url, anchor) : null;
}

/** The site URL of a registry place (criterion, decider, dossier item). */
export function placeHref(p: { article?: string; document?: string; anchor?: string }, docUrls: Record<string, string>, lawId: string): string | null {
  if (p.article) return citationHref(`${lawId}#${p.article}`, docUrls);
  if (p.document) return citationHref(p.anchor ? `${p.document}#${p.anchor}` : p.document, docUrls);
  return null;
}

/**
 * Criteria in reading order, in groups: not met, then unknown, then met; within each, the Law's
 * and decrees' criteria before those of a province's own decision (`provincial`, its document
 * id), otherwise as the engine listed them (the sort is stable).
 */
export function grouped(criteria: CriterionResult[], provincial?: string | null): [CriterionResult['status'], CriterionResult[]][] {
  const local = (c: CriterionResult) => (provincial && c.article?.split('#')[0] === provincial ? 1 : 0);
  return (['not-met', 'unknown', 'met'] as const).map((status) => [status, criteria.filter((c) => c.status === status).sort((a, b) => local(a) - local(b))]);
}

/**
 * A text without the name of the province's decision after each clause it cites ("điểm a khoản 3
 * Điều 4 Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh" → "điểm a khoản 3 Điều 4"): the result names
 * the decision once, as the province's own rules, instead of on every line (issue 12, item 5).
 */
export function withoutDecisionName(text: string, number: string): string {
  return text.split(` Quyết định ${number}`).map((part, i) => (i ? part.replace(/^[^);,.]*/, '') : part)).join('');
}

/**
 * The dossier lines of a result for the route that was met: a line tied to routes (`routes`, the
 * labels of a "one of" criterion's alternatives) shows only when one of them was met; while no
 * route is met, every line shows, those tied to a route saying which (`route`).
 */
export function dossierFor(r: EligibilityResult): { text: string; route?: string }[] {
  const met = r.routes?.met ?? [];
  return r.dossier.flatMap((text, i) => {
    const own = r.routes?.dossier[i];
    if (!own) return [{ text }];
    if (!met.length) return [{ text, route: own.join('; ') }];
    return own.some((label) => met.some((v) => v === label || v.startsWith(`${label}, `))) ? [{ text }] : [];
  });
}

/** The result with the criteria `unsettled` says are unknown (with its explanation and advice), the verdict derived again the engine's way. */
function unsettle(result: EligibilityResult, unsettled: (c: CriterionResult) => boolean, explanation: string, advice: string): EligibilityResult {
  if (!result.criteria.some(unsettled)) return result;
  const criteria = result.criteria.map((c) => (unsettled(c) ? { ...c, status: 'unknown' as const, explanation } : c));
  return { ...result, criteria, verdict: verdictOf(criteria.map((c) => c.status), false), missing: [...new Set([...result.missing, advice])] };
}

/**
 * Evaluates the answers. Adapter for two answers the profile format cannot say:
 * - the `pending` flags cannot be unknown (they default to false), so when the user answered
 *   "Không rõ" the criteria that read them (`not-pending`) become unknown;
 * - an initiative may not be known to have been used before: the profile holds it as not used,
 *   and a criterion whose status changes when it is left out becomes unknown.
 * `words` says so: copy.ts `UNSETTLED` (check-answers.ts passes them), or in the browser the same
 * words from the page's JSON block.
 */
export function checkAnswersWith(answers: Answers, registry: Registry, words: UnsettledWords): EligibilityResult {
  const profile = toProfile(answers, registry);
  let result = evaluateCoded(fromContract(profile), registry);
  const items = parseInitiatives(answers.initiatives ?? '', registry);
  const open = profile.initiatives?.filter((_, i) => items?.[i].usedFor === UNKNOWN) ?? [];
  if (open.length) {
    const without = evaluateCoded(fromContract({ ...profile, initiatives: profile.initiatives!.filter((it) => !open.includes(it)) }), registry);
    const status = new Map(without.criteria.map((c) => [c.id, c.status]));
    result = unsettle(result, (c) => status.get(c.id) !== c.status, fill(words.useUnknown, { ids: open.map((it) => it.id).join('; ') }), words.useUnknownAdvice);
  }
  if (answers.pending !== UNKNOWN) return result;
  const pendingIds = new Set(registry.get(answers.award)!.criteria.filter((c) => c.condition.type === 'not-pending').map((c) => c.id));
  return unsettle(result, (c) => pendingIds.has(c.id), words.pendingUnknown, words.pendingUnknownAdvice);
}
