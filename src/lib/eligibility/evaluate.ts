/**
 * Routing: from a validated profile to the result of the contract
 * (docs/eligibility-cli.md). Picks the rules in force on the proposal date,
 * evaluates each criterion (conditions.ts), evaluates a second reading where a reported but
 * unverified change would alter a criterion, and derives the verdict:
 * deferred (pending review) → not-eligible (any not-met) → needs-info (any unknown) → eligible.
 */
import type { Criterion } from '../../schemas/award';
import { applicableCriteria, applies, evalCondition, makeCtx, type Finding, type Status } from './conditions/index';
import * as vi from './copy';
import { generalDecree } from '../legal-parameters';
import { PENDING_FLAGS } from '../vocabulary';
import type { EngineProfile } from './boundary';
import { DOCUMENT_NUMBERS, LAW_DOCUMENT, RULES_CHECKED_ON, RULESET_FROM, proposalDate, type Registry } from './registry';
import { provinceScope, ruleSetFor, underRuleSet, type ProvinceScope } from './rule-sets';

export type Verdict = 'eligible' | 'not-eligible' | 'needs-info' | 'deferred';

/** One criterion in the result. */
export interface CriterionResult {
  id: string;
  status: Status;
  /** "khoản 1 Điều 23 Luật Thi đua, khen thưởng 2022". */
  citation: string;
  /** Where it is on the site: "luat-thi-dua-khen-thuong-2022#dieu-23-khoan-1"; null when the site does not hold the text. */
  article: string | null;
  /** Vietnamese, one or two sentences; says so when confidence is below high. */
  explanation: string;
}

/** The result of one profile (the contract's shape, nothing more). */
export interface EligibilityResult {
  award: string;
  year: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  missing: string[];
  decidedBy: string;
  dossier: string[];
  /** `province`: for awards whose details provinces set, which rules decided (rule-sets.ts). */
  ruleset: { asOf: string; sources: string[]; province?: ProvinceScope };
}

interface Place {
  article?: string;
  document?: string;
  anchor?: string;
  instrument?: string;
  citation: string;
  confidence: Criterion['confidence'];
  caution?: string;
}

function siteLink(p: Place): string | null {
  if (p.article) return `${LAW_DOCUMENT}#${p.article}`;
  if (p.document) return p.anchor ? `${p.document}#${p.anchor}` : p.document;
  return null;
}

/** The numbers of the instruments a place cites: the Law for an article, a document of the site, another instrument. */
function instrumentsOf(p: Place): string[] {
  return [p.article && DOCUMENT_NUMBERS[LAW_DOCUMENT], p.document && DOCUMENT_NUMBERS[p.document], p.instrument].filter((n): n is string => !!n);
}

function withCaution(text: string, p: Place): string {
  const caution = vi.cautionSuffix(p.confidence, p.caution);
  return caution ? `${text.replace(/\.$/, '')}${caution}.` : text;
}

/** A decider or a dossier item as a sentence with its citation (and its caution below high confidence). */
const cited = (p: Place & { text: string }) => withCaution(vi.sentence(`${p.text} (${p.citation})`), p);

export function verdictOf(statuses: Status[], pending: boolean): Verdict {
  if (pending) return 'deferred';
  if (statuses.includes('not-met')) return 'not-eligible';
  if (statuses.includes('unknown')) return 'needs-info';
  return 'eligible';
}

function isPending(p: EngineProfile): boolean {
  return PENDING_FLAGS.some((k) => p.pending[k]);
}

const unique = (xs: string[]) => [...new Set(xs)];

/** Evaluates one validated profile, in the command's words (its `missing` lines name the profile's fields). */
export function evaluate(profile: EngineProfile, registry: Registry): EligibilityResult {
  const r = evaluateCoded(profile, registry);
  return { ...r, missing: r.missing.map(vi.wordAsks) };
}

/**
 * Evaluates one validated profile; in `missing`, each request for a profile field is a code
 * ("Cho biết ⟨history.rating 2023⟩."), for the browser's checker, which words requests itself
 * (src/lib/checker/next-steps.ts) and so does not load the command's wording.
 */
export function evaluateCoded(profile: EngineProfile, registry: Registry): EligibilityResult {
  const date = proposalDate(profile.year);
  // In a province whose rule set the handbook holds, the award reads as under that rule set.
  const base = registry.get(profile.award)!;
  const applied = ruleSetFor(base, profile.province, date, profile.sector);
  const award = underRuleSet(base, applied);
  const scope = provinceScope(registry, base, applied, profile.province, date, profile.sector);
  const ctx = makeCtx(registry, profile, award, date);
  const pending = isPending(profile);
  const criteria = applicableCriteria(award, ctx);

  const rows: { c: Place & { id: string }; f: Finding }[] = [];
  if (date < RULESET_FROM) {
    rows.push({
      c: { id: 'luat-2022-hieu-luc', article: 'dieu-94', citation: vi.BEFORE_RULESET_CITATION, confidence: 'high' },
      f: { status: 'unknown', text: vi.beforeRuleset(profile.year), advice: [vi.BEFORE_RULESET_ADVICE] },
    });
  }
  if (!criteria.length) {
    const where = award.defined[0];
    rows.push({
      c: { ...where, id: 'chua-co-tieu-chi' },
      f: { status: 'unknown', text: vi.noCriteria(award.name, award.criteriaNote), advice: [vi.noCriteriaAdvice(award.name)] },
    });
  }

  // Reading A: the rules in force. Reading B: with the reported, unverified changes.
  const readings = criteria.map((c) => {
    const change = c.reportedChanges?.find((r) => r.from <= date);
    const a = evalCondition(c.condition, ctx);
    return { c, change, a, b: change ? evalCondition(change.condition, ctx) : a };
  });
  const verdictWith = (pick: (r: (typeof readings)[number]) => Finding) => verdictOf([...rows.map((r) => r.f.status), ...readings.map((r) => pick(r).status)], pending);
  const verdictA = verdictWith((r) => r.a);
  const verdictB = verdictWith((r) => r.b);
  const extraMissing: string[] = [];

  for (const { c, change, a, b } of readings) {
    if (!change || (a.status === b.status && a.text === b.text)) rows.push({ c, f: a });
    else if (verdictA === verdictB || a.status === b.status) rows.push({ c, f: { ...a, text: a.text + vi.readingNote(change.summary, b.text) } });
    else {
      rows.push({ c, f: { status: 'unknown', text: vi.readingsCurrent(a.text) + vi.readingNote(change.summary, b.text), advice: [] } });
      extraMissing.push(vi.readingsDisagree(change.summary, change.source, vi.VERDICT_VI[verdictA], vi.VERDICT_VI[verdictB]));
    }
  }

  const results: CriterionResult[] = rows.map(({ c, f }) => ({
    id: c.id,
    status: f.status,
    citation: c.citation,
    article: siteLink(c),
    explanation: withCaution(f.text, c),
  }));
  const verdict = verdictOf(rows.map((r) => r.f.status), pending);

  // What to do: the pending review first, then the readings that disagree, then the advice of
  // the criteria not met, then of those unknown.
  const adviceOf = (status: Status) => rows.filter((r) => r.f.status === status).flatMap((r) => r.f.advice);
  const missing = [
    ...(verdict === 'deferred' ? [vi.say(['pendingAdvice', date])] : []),
    ...extraMissing,
    ...(verdict === 'eligible' ? [] : [...adviceOf('not-met'), ...adviceOf('unknown')]),
  ];

  const decider = award.decidedBy.find((d) => applies(d, ctx));
  const dossierItems = award.dossier.filter((d) => applies(d, ctx));
  const sources = unique([
    DOCUMENT_NUMBERS[LAW_DOCUMENT],
    generalDecree(date).number,
    ...[...rows.map((r) => r.c), ...(decider ? [decider] : []), ...dossierItems].flatMap(instrumentsOf),
    ...(scope?.number ? [scope.number] : []),
  ]);

  return {
    award: award.id,
    year: profile.year,
    verdict,
    criteria: results,
    missing: unique(missing),
    decidedBy: decider ? cited(decider) : vi.NO_DECIDER,
    dossier: dossierItems.map(cited),
    ruleset: { asOf: RULES_CHECKED_ON, sources, ...(scope ? { province: scope } : {}) },
  };
}

