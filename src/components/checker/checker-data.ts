/**
 * Build-time data of the checker pages: the award registry (collection `khenThuong`, checked by
 * the engine's loadRegistry) and the URLs of the documents its rules point into. Used in the
 * pages' frontmatter only (it reads collections).
 */
import { getCollection } from 'astro:content';
import { LAW_DOCUMENT, type Registry } from '../../lib/eligibility/index';
import { loadRegistry } from '../../lib/eligibility/validate';
import { leanAward, type CheckerData } from '../../lib/checker/result';
import { AMENDMENT_2026, RULES_CHECKED_ON } from '../../lib/legal-status';
import { documentUrl } from '../../lib/urls';
import { getDocuments } from '../../data/documents';
import { amountSentence, awardAmount } from '../../lib/amounts';

let cache: Promise<{ registry: Registry; data: CheckerData; kinds: Record<string, string> }> | undefined;

async function load() {
  const entries = await getCollection('khenThuong');
  const registry = loadRegistry(entries.map((e) => ({ data: e.data, file: `content/khen-thuong/${e.id}.yaml` })));
  const docs = new Map((await getDocuments()).map((d) => [d.id, d]));
  const referenced = new Set([LAW_DOCUMENT]);
  for (const a of registry.list) {
    for (const p of [...a.defined, ...a.criteria, ...a.decidedBy, ...a.dossier]) if (p.document) referenced.add(p.document);
    for (const r of a.ruleSets ?? []) referenced.add(r.document);
  }
  const docUrls: Record<string, string> = {};
  for (const id of referenced) {
    const d = docs.get(id);
    if (d) docUrls[id] = documentUrl(id, d.data.kind);
  }
  // Award money for a decision signed on the build date (NĐ 152/2025 Điều 49: the base salary in force that day).
  const today = new Date().toISOString().slice(0, 10);
  const money: CheckerData['money'] = {};
  // Only awards with criteria reach a result in the checker.
  for (const a of registry.list.filter((x) => x.criteria.length > 0)) {
    money[a.id] = {
      ...(a.subject.includes('ca-nhan') ? { individual: amountSentence(awardAmount(a, 'ca-nhan', today), today) } : {}),
      ...(a.subject.includes('tap-the') ? { collective: amountSentence(awardAmount(a, 'tap-the', today), today) } : {}),
    };
  }
  const data: CheckerData = { awards: registry.list.map(leanAward), docUrls, rulesCheckedOn: RULES_CHECKED_ON, amendmentFrom: AMENDMENT_2026.effective, money };
  // The kind of each document (for the criteria's links, rendered at build time; not in the JSON).
  const kinds = Object.fromEntries([...docs].map(([id, d]) => [id, d.data.kind]));
  return { registry, data, kinds };
}

/** The registry, the browser data and each document's kind (loaded once per build). */
export function checkerData() {
  cache ??= load();
  return cache;
}

/** JSON for a <script type="application/json"> block ("<" escaped so no text can close the element). */
export function jsonBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
