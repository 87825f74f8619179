/**
 * The export /du-lieu/khen-thuong.json (schema: docs/exports.md): one row per registry entry.
 * Plain TypeScript, no Astro imports.
 */
import type { AwardSubject, Confidence, Criterion, Sector } from '../../schemas/award';
import { AWARD_PERIODS } from '../../schemas/award';
import { awardUrl } from '../urls';
import type { AwardEntry, AwardKind, AwardLevel, Relation } from './labels';
import { placeHref, placeRef, type KindOf, type Place } from './places';

export interface ExportPlace {
  citation: string;
  /** See placeRef: "dieu-23-khoan-2", "nghi-dinh-152-2025-nd-cp#dieu-4-khoan-4", "thong-tu-01-2024-tt-bnv", or null. */
  article: string | null;
  /** URL on the site of the clause (placeHref), or null for an instrument the site does not hold. */
  href: string | null;
  confidence: Confidence;
}
export interface AwardExportRow {
  id: string;
  name: string;
  kind: AwardKind;
  subject: AwardSubject[];
  level: AwardLevel | null;
  period: keyof typeof AWARD_PERIODS | null;
  summary: string;
  decidedBy: (ExportPlace & { text: string; subjects: AwardSubject[] | null; sectors: Sector[] | null; from: string | null; to: string | null })[];
  dossier: (ExportPlace & { text: string; subjects: AwardSubject[] | null; sectors: Sector[] | null })[];
  amount: (ExportPlace & { subjects: AwardSubject[]; multiplier: number })[];
  prerequisites: { award: string; relation: Relation }[];
  criteria: {
    id: string;
    article: string | null;
    href: string | null;
    text: string;
    confidence: Confidence;
    citation: string;
    role: Criterion['role'];
    from: string | null;
    to: string | null;
    reportedChanges: { id: string; summary: string; from: string; status: string }[];
  }[];
  criteriaNote: string | null;
  url: string;
}

/** One export row per registry entry, in the order given; `kindOf` gives a document's kind for its URL. */
export function exportRows(awards: AwardEntry[], kindOf: KindOf): AwardExportRow[] {
  const exportPlace = (p: Place): ExportPlace => ({ citation: p.citation, article: placeRef(p), href: placeHref(p, kindOf), confidence: p.confidence });
  return awards.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    subject: [...a.subject],
    level: a.level,
    period: a.period,
    summary: a.summary,
    decidedBy: a.decidedBy.map((d) => ({
      text: d.text,
      subjects: d.appliesTo?.subjects ?? null,
      sectors: d.appliesTo?.sectors ?? null,
      from: d.effective?.from ?? null,
      to: d.effective?.to ?? null,
      ...exportPlace(d),
    })),
    dossier: a.dossier.map((d) => ({ text: d.text, subjects: d.appliesTo?.subjects ?? null, sectors: d.appliesTo?.sectors ?? null, ...exportPlace(d) })),
    amount: a.amount.map((m) => ({ subjects: m.subjects, multiplier: m.multiplier, ...exportPlace(m) })),
    prerequisites: a.prerequisites.map((p) => ({ award: p.award, relation: p.relation })),
    criteria: a.criteria.map((c) => ({
      id: c.id,
      article: placeRef(c),
      href: placeHref(c, kindOf),
      text: c.text,
      confidence: c.confidence,
      citation: c.citation,
      role: c.role,
      from: c.effective?.from ?? null,
      to: c.effective?.to ?? null,
      reportedChanges: (c.reportedChanges ?? []).map((r) => ({ id: r.id, summary: r.summary, from: r.from, status: r.status })),
    })),
    criteriaNote: a.criteriaNote ?? null,
    url: awardUrl(a.id),
  }));
}