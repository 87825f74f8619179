/**
 * Keeps Zod out of the browser checker's JavaScript.
 *
 * The eligibility engine (src/lib/eligibility/) and the award schema (src/schemas/award.ts) import
 * `z` from 'astro/zod' at module level to declare their schemas. The browser checker only calls
 * the evaluator (`evaluate`, `requiredInputs`) on data that was validated at build time, so it
 * never runs a schema; but because the schema declarations are top-level calls, the bundler keeps
 * all of Zod (≈ 24 KB gzip, twice the checker's own code) in the page's script.
 *
 * This Vite plugin, for the client environment only, resolves 'astro/zod' imported from those two
 * folders to a stand-in that lets the declarations run (every call and property returns another
 * stand-in) and throws a clear error if a schema is ever used to parse in the browser. The build
 * of pages (server side), the command and the tests keep the real Zod.
 */
import type { Plugin } from 'vite';

const STUB_ID = '\0checker-browser-zod';

/** Folders whose 'astro/zod' imports are replaced in browser bundles. */
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
  };
}
