/**
 * Gate: no third-party request and a complete <head> on every page.
 * - No script, stylesheet, image, frame or media is loaded from another host (HTML and CSS).
 * - A Content-Security-Policy meta tag on every page that allows only the site's own scripts,
 *   and no markup that this policy would block (inline scripts, <style>, style="", onclick="").
 * - <title>, a meta description and a canonical link on every page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { EXECUTABLE_SCRIPT, attr, builtPages, elements, fileForPath, parsePage, report, siteOrigin, textOf } from './site';

/** Element attributes that make the browser fetch something by itself (links the user clicks excluded). */
const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'], img: ['src', 'srcSet'], source: ['src', 'srcSet'], iframe: ['src'], frame: ['src'],
  embed: ['src'], object: ['data'], video: ['src', 'poster'], audio: ['src'], track: ['src'],
  input: ['src'], image: ['href'], use: ['href'],
};
/** <link rel> values that fetch a resource. */
const FETCHING_RELS = ['stylesheet', 'icon', 'apple-touch-icon', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'manifest', 'mask-icon'];

function foreignHost(value: string, pageUrl: string): string | null {
  const v = value.trim();
  if (/^(data|blob):/i.test(v)) return null;
  try {
    const u = new URL(v, siteOrigin() + pageUrl);
    return u.origin === siteOrigin() ? null : u.origin;
  } catch {
    return null;
  }
}

function resourceUrls(el: Element): string[] {
  if (el.tagName === 'link') {
    const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(el, 'href');
    return href && rel.some((r) => FETCHING_RELS.includes(r)) ? [href] : [];
  }
  const out: string[] = [];
  for (const name of RESOURCE_ATTRIBUTES[el.tagName] ?? []) {
    const v = attr(el, name);
    if (!v) continue;
    if (name === 'srcSet') out.push(...v.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean));
    else out.push(v);
  }
  return out;
}

/** The directives of a CSP string. */
function parseCsp(csp: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) m.set(name.toLowerCase(), values);
  }
  return m;
}

describe('Cổng riêng tư và thẻ <head>: không gọi ra ngoài, CSP, tiêu đề, mô tả, địa chỉ chuẩn', () => {
  it('không trang nào tải script, kiểu trình bày, ảnh, khung hay tệp đa phương tiện từ máy chủ khác', () => {
    const problems: string[] = [];
    const stylesheets = new Set<string>();
    for (const page of builtPages()) {
      for (const el of elements(parsePage(page.file))) {
        for (const url of resourceUrls(el)) {
          const host = foreignHost(url, page.url);
          if (host) problems.push(`${page.url}: <${el.tagName}> tải ${url} từ ${host}`);
          else if (el.tagName === 'link' && (attr(el, 'rel') ?? '').includes('stylesheet')) stylesheets.add(new URL(url, siteOrigin() + page.url).pathname);
        }
        const style = attr(el, 'style');
        if (style && /url\(\s*['"]?(https?:)?\/\//i.test(style)) problems.push(`${page.url}: <${el.tagName} style> tải tài nguyên từ máy chủ khác`);
      }
    }
    for (const css of stylesheets) {
      const file = fileForPath(css);
      if (!file) continue; // the link gate reports missing files
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)) {
        problems.push(`${css}: tải ${m[1]} từ máy chủ khác`);
      }
    }
    if (problems.length) throw new Error(report('Yêu cầu ra bên thứ ba', [...new Set(problems)]));
  });

  it('mọi trang có thẻ Content-Security-Policy chỉ cho phép script của chính trang', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const metas = [...elements(parsePage(page.file))].filter(
        (el) => el.tagName === 'meta' && (attr(el, 'httpEquiv') ?? '').toLowerCase() === 'content-security-policy',
      );
      if (metas.length === 0) { problems.push(`${page.url}: thiếu <meta http-equiv="Content-Security-Policy">`); continue; }
      const csp = parseCsp(attr(metas[0], 'content') ?? '');
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
      if (!csp.has('default-src')) problems.push(`${page.url}: CSP thiếu default-src`);
      if (!scriptSrc) { problems.push(`${page.url}: CSP không giới hạn script (thiếu script-src/default-src)`); continue; }
      const allowed = new Set(["'self'", "'wasm-unsafe-eval'", "'none'"]);
      const extra = scriptSrc.filter((v) => !allowed.has(v));
      if (extra.length) problems.push(`${page.url}: script-src cho phép ${extra.join(' ')} (chỉ được 'self' và 'wasm-unsafe-eval' cho Pagefind)`);
    }
    if (problems.length) throw new Error(report('CSP thiếu hoặc quá rộng', problems));
  });

  it('không trang nào có mã mà CSP của chính nó sẽ chặn (script nội tuyến, <style>, style="", onclick="")', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      for (const el of elements(parsePage(page.file))) {
        if (el.tagName === 'script' && !attr(el, 'src') && EXECUTABLE_SCRIPT.test(attr(el, 'type') ?? '')) {
          problems.push(`${page.url}: <script> nội tuyến (“${textOf(el).trim().slice(0, 50)}…”) bị CSP chặn; đưa ra tệp riêng`);
        }
        if (el.tagName === 'style') problems.push(`${page.url}: <style> nội tuyến bị CSP (style-src 'self') chặn`);
        if (attr(el, 'style') !== undefined) problems.push(`${page.url}: <${el.tagName} style="${attr(el, 'style')}"> bị CSP chặn; dùng class`);
        for (const name of Object.keys(el.properties ?? {})) {
          if (/^on[a-z]+$/i.test(name)) problems.push(`${page.url}: <${el.tagName} ${name.toLowerCase()}> bị CSP chặn; dùng addEventListener trong script riêng`);
        }
      }
    }
    if (problems.length) throw new Error(report('Mã bị CSP chặn', [...new Set(problems)]));
  });

  it('mọi trang có <title>, mô tả (meta description) và địa chỉ chuẩn (canonical) đúng địa chỉ của nó', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const els = [...elements(parsePage(page.file))];
      const title = els.find((el) => el.tagName === 'title');
      if (!title || textOf(title).trim().length < 3) problems.push(`${page.url}: thiếu <title>`);
      const description = els.find((el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
      if (!description || (attr(description, 'content') ?? '').trim().length < 20) problems.push(`${page.url}: thiếu <meta name="description"> (hoặc quá ngắn)`);
      const canonical = els.find((el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').split(' ').includes('canonical'));
      const href = canonical && attr(canonical, 'href');
      if (!href) { problems.push(`${page.url}: thiếu <link rel="canonical">`); continue; }
      let url: URL;
      try { url = new URL(href); } catch { problems.push(`${page.url}: canonical "${href}" không phải địa chỉ tuyệt đối`); continue; }
      if (url.origin !== siteOrigin()) problems.push(`${page.url}: canonical ${href} không thuộc ${siteOrigin()}`);
      else if (url.pathname !== page.url) problems.push(`${page.url}: canonical ${href} trỏ sang ${url.pathname}`);
    }
    expect(builtPages().length).toBeGreaterThan(0);
    if (problems.length) throw new Error(report('Thẻ <head> thiếu hoặc sai', problems));
  });
});
