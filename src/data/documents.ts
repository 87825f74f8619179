/**
 * Loads the document collection once per build and checks what Astro's `reference()` does not:
 * that every relation names an existing document and every outline is well formed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertRelationsResolve, type RelDoc } from '../lib/relations';
import { extractOutline, type OutlineEntry } from '../lib/outline';
import { DOCUMENT_KINDS } from '../schemas/document';

export type DocEntry = CollectionEntry<'vanBan'>;

let cache: Promise<DocEntry[]> | undefined;

/** Plain value of a possibly inferred field. */
export function valueOf<T>(v: T | { value: T; inferred: string } | null | undefined): T | null {
  if (v == null) return null;
  if (typeof v === 'object' && 'inferred' in (v as object)) return (v as { value: T }).value;
  return v as T;
}
/** The inference note of a field, if it is inferred. */
export function inferenceOf(v: unknown): string | null {
  return v && typeof v === 'object' && 'inferred' in v ? String((v as { inferred: string }).inferred) : null;
}

const kindOrder = Object.keys(DOCUMENT_KINDS);

async function load(): Promise<DocEntry[]> {
  const docs = await getCollection('vanBan');
  assertRelationsResolve(docs.map((d) => ({ id: d.id, relations: d.data.relations }) as RelDoc));
  for (const d of docs) extractOutline(d.body ?? '', `content/van-ban/${d.id}.mdx`);
  // Newest first; undated documents last; then by kind.
  return docs.sort((a, b) => {
    const da = valueOf(a.data.issued) ?? '';
    const db = valueOf(b.data.issued) ?? '';
    if (da !== db) return db.localeCompare(da);
    return kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind);
  });
}

export function getDocuments(): Promise<DocEntry[]> {
  cache ??= load();
  return cache;
}

/** Outlines read once per document body: award pages ask for the same law's outline hundreds of times (BENCHMARKS.md, profile). */
const outlines = new Map<string, { body: string; outline: OutlineEntry[] }>();

export function outlineOf(doc: DocEntry): OutlineEntry[] {
  const body = doc.body ?? '';
  const cached = outlines.get(doc.id);
  if (cached?.body === body) return cached.outline;
  const outline = extractOutline(body, `content/van-ban/${doc.id}.mdx`);
  outlines.set(doc.id, { body, outline });
  return outline;
}
