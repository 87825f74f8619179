/**
 * remark plugin: turns citations of articles ("khoản 1 Điều 24 Luật Thi đua, khen thưởng") in
 * Markdown and MDX text into links to the cited anchor. The rules are in ./citations.ts.
 *
 * - The library (which documents exist, their kind, number and anchor ids) is read once, when
 *   the plugin is first used, from content/van-ban/*.mdx (or CONTENT_DIR) with extractOutline.
 * - Only `text` nodes are touched: nothing inside headings, links, code, or JSX attributes
 *   (attributes are not text nodes in the MDX tree). Text inside JSX children such as <Khoan>
 *   is flow content and is linked.
 * - A text node is split into text and link nodes whose concatenation is the original text, so
 *   no character changes.
 *
 * Registered in astro.config.mjs: `unified({ remarkPlugins: [[remarkCitations, {…}]] })`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import type { Root, Text, Link, Parent, RootContent } from 'mdast';
import { extractOutline } from './outline';
import { contentDir } from './content-dir';
import { linkCitations, type Library, type LibraryDoc } from './citations';

export interface RemarkCitationsOptions {
  /** Folder of the document library. Default: `${CONTENT_DIR or ./content}/van-ban`. */
  libraryDir?: string;
  /** A ready library (tests); skips reading the folder. */
  library?: Library;
  /** Id of the law bare citations in non-legal documents point to. Default: the 2022 Law. */
  defaultLawId?: string;
  /** Class added to every citation link. Default "trich-dan". */
  className?: string;
}

/** Node types whose text must never become a link. */
const SKIP_TYPES = new Set(['heading', 'link', 'linkReference', 'definition', 'inlineCode', 'code', 'html', 'footnoteDefinition']);
/** JSX elements whose children must not be linked (an anchor already, or code). */
// The distribution list and the printed header cite articles of the document itself ("Như Điều 3")
// in a way no reader follows; a decision's own articles would also be mistaken for those of the
// regulation it promulgates.
const SKIP_JSX = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'Recipients', 'DocumentHeader', 'SignatureBlock']);

type Frontmatter = { kind?: string; number?: string | null; issued?: unknown; relations?: Record<string, unknown> };

function plainValue(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'object' && 'value' in (v as object)) return String((v as { value: unknown }).value);
  return String(v);
}

/** Reads one document of the library; null (with a warning) when its outline is malformed. */
export function readLibraryDoc(file: string, raw: string): LibraryDoc | null {
  const m = raw.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  const front = (m ? parseYaml(m[1]) : {}) as Frontmatter;
  const body = m ? raw.slice(m[0].length) : raw;
  let anchors: Set<string>;
  try {
    anchors = new Set(extractOutline(body, file).map((e) => e.id));
  } catch (err) {
    // The build's own check (src/data/documents.ts) reports the error; here, link nothing into it.
    console.warn(`[remark-citations] bỏ qua ${file}: ${(err as Error).message}`);
    return null;
  }
  const related = new Set<string>();
  for (const list of Object.values(front.relations ?? {})) {
    if (Array.isArray(list)) for (const id of list) related.add(String(id));
  }
  return {
    id: basename(file).replace(/\.mdx?$/, ''),
    kind: front.kind ?? '',
    number: front.number ? String(front.number) : null,
    issued: plainValue(front.issued),
    anchors,
    related,
  };
}

/** Reads every document of the library folder. */
export function loadLibrary(dir = join(contentDir, 'van-ban')): Library {
  const library: Library = new Map();
  if (!existsSync(dir)) return library;
  for (const name of readdirSync(dir).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    const file = join(dir, name);
    const doc = readLibraryDoc(file, readFileSync(file, 'utf8'));
    if (doc) library.set(doc.id, doc);
  }
  return library;
}

function skipped(ancestors: Parent[]): boolean {
  return ancestors.some((a) => {
    if (SKIP_TYPES.has(a.type)) return true;
    if (a.type === 'mdxJsxTextElement' || a.type === 'mdxJsxFlowElement') {
      const name = (a as Parent & { name?: string | null }).name;
      return !!name && SKIP_JSX.has(name);
    }
    return false;
  });
}

/** The remark plugin. */
export default function remarkCitations(options: RemarkCitationsOptions = {}) {
  let library = options.library ?? null;
  const className = options.className ?? 'trich-dan';
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    library ??= loadLibrary(options.libraryDir);
    const path = file.path ?? file.history?.at(-1);
    const id = path ? basename(path).replace(/\.mdx?$/, '') : null;
    const ctx = {
      library,
      currentId: id && library.has(id) ? id : null,
      defaultLawId: options.defaultLawId,
    };
    visitParents(tree, 'text', (node: Text, ancestors: Parent[]) => {
      if (skipped(ancestors)) return;
      const segments = linkCitations(node.value, ctx);
      if (segments.length === 1 && !segments[0].href) return;
      const parent = ancestors.at(-1)!;
      const index = parent.children.indexOf(node as RootContent);
      const nodes = segments.map((s): Text | Link =>
        s.href
          ? { type: 'link', url: s.href, title: null, children: [{ type: 'text', value: s.text }], data: { hProperties: { className: [className] } } }
          : { type: 'text', value: s.text },
      );
      parent.children.splice(index, 1, ...(nodes as RootContent[]));
      return [SKIP, index + nodes.length];
    });
  };
}
