/**
 * Keeps Zod, and the schema declarations, out of the browser checker's JavaScript.
 *
 * The eligibility engine (src/lib/eligibility/) and the award schema (src/schemas/) import `z`
 * from 'astro/zod' at module level to declare their schemas. The browser checker only calls the
 * evaluator (`evaluate`, `requiredInputs`) on data validated at build time, so it never runs a
 * schema; but because the declarations are top-level calls, the bundler would keep all of Zod
 * (≈ 24 KB gzip, more than the checker's own code) and every declaration in the page's script.
 *
 * For the client environment only, this Vite plugin:
 * 1. resolves 'astro/zod' imported from those folders to a stand-in that lets the declarations
 *    run (every call and property gives another stand-in) and throws a clear error if a schema is
 *    ever used to parse in the browser;
 * 2. in those modules that import 'astro/zod', wraps each top-level `const` initialiser that calls
 *    something in a pure-annotated function (`/* @__PURE__ *\/ (() => (…))()`), so the bundler
 *    drops the declarations the browser does not use (the vocabularies it uses are kept).
 * Server-side rendering, the command and the tests keep the real Zod and the untouched modules.
 */
import { parseSync, type Plugin } from 'vite';

const STUB_ID = '\0checker-browser-zod';

/** Modules whose 'astro/zod' imports are replaced in browser bundles. */
const STUBBED_IMPORTERS = /[\\/]src[\\/](schemas|lib[\\/]eligibility)[\\/][^\\/]+\.ts$/;

/** The stand-in module's source. */
export const STUB_SOURCE = `
const PARSE = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'decode', 'encode']);
const fail = () => {
  throw new Error('Zod không được nạp trong trình duyệt (src/lib/checker/browser-zod.ts): dữ liệu đã được kiểm tra khi build; đừng gọi parse/safeParse ở phía trình duyệt.');
};
const handler = {
  get(_t, prop) {
    if (prop === Symbol.iterator) return function* () {};
    if (prop === Symbol.toPrimitive) return () => '';
    if (prop === 'then') return undefined;
    if (typeof prop === 'string' && PARSE.has(prop)) return fail;
    return stub;
  },
  apply: () => stub,
  construct: () => stub,
};
const stub = new Proxy(function () {}, handler);
export const z = stub;
export default stub;
`;

interface Span { start: number; end: number }
interface AstNode extends Span { type: string; [key: string]: unknown }

/** Whether a node contains a call outside any nested function. */
function callsAtTopLevel(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const n = node as AstNode;
  if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') return false;
  if (n.type === 'CallExpression' || n.type === 'NewExpression') return true;
  return Object.values(n).some((v) => (Array.isArray(v) ? v.some(callsAtTopLevel) : callsAtTopLevel(v)));
}

/**
 * Wraps each top-level `const` initialiser that makes a call in a pure-annotated IIFE. The
 * meaning is unchanged (the value is computed once, at the same place); the annotation only
 * lets the bundler drop a declaration nobody uses.
 */
export function markTopLevelPure(code: string, file: string): string {
  const { program } = parseSync(file, code, { lang: 'ts', sourceType: 'module' }) as unknown as { program: { body: AstNode[] } };
  const spans: Span[] = [];
  for (const stmt of program.body) {
    const decl = (stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt) as AstNode | null;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations as { init: AstNode | null }[]) if (d.init && callsAtTopLevel(d.init)) spans.push(d.init);
  }
  let out = code;
  for (const s of spans.sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, s.start)}/* @__PURE__ */ (() => (${out.slice(s.start, s.end)}))()${out.slice(s.end)}`;
  }
  return out;
}

/** The Vite plugin (registered in astro.config.mjs). */
export function browserZodStub(): Plugin {
  return {
    name: 'checker-browser-zod',
    enforce: 'pre',
    applyToEnvironment: (env) => env.config.consumer === 'client',
    resolveId(source, importer) {
      if (source === 'astro/zod' && importer && STUBBED_IMPORTERS.test(importer.split('?')[0])) return STUB_ID;
      return null;
    },
    load(id) {
      return id === STUB_ID ? STUB_SOURCE : null;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!STUBBED_IMPORTERS.test(file) || !/from ['"]astro\/zod['"]/.test(code)) return null;
      return { code: markTopLevelPure(code, file), map: null };
    },
  };
}
