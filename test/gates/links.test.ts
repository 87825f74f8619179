/**
 * Gate: no broken link. Every internal href/src/action of every built page resolves to a built
 * file and, when it carries a #fragment, to an element id on the target page; the same for the
 * `url` fields of the JSON exports under /du-lieu/ and the URLs listed in the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { DIST, attr, builtFiles, builtPages, elements, fileForPath, idsOf, parsePage, report, siteOrigin } from './site';

/** Attributes that hold a URL the browser follows or loads, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src', 'srcSet'],
  source: ['src', 'srcSet'], iframe: ['src'], embed: ['src'], object: ['data'],
  video: ['src', 'poster'], audio: ['src'], track: ['src'], form: ['action'],
  button: ['formAction'], input: ['formAction', 'src'], use: ['href'],
};

const idCache = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let s = idCache.get(file);
  if (!s) idCache.set(file, (s = idsOf(file)));
  return s;
}

/**
 * Checks one URL found at `where` (a page or an export, given by its URL path). Returns a problem
 * in Vietnamese, or null when the URL resolves (or is not internal).
 */
function checkUrl(raw: string, fromPath: string): string | null {
  const value = raw.trim();
  if (value === '') return 'địa chỉ rỗng';
  if (value === '#') return 'liên kết "#" không dẫn đến đâu (dùng <button> cho một hành động)';
  if (/^javascript:/i.test(value)) return 'liên kết "javascript:" (trái CSP và không dùng được khi tắt JavaScript)';
  if (/^(mailto|tel|sms|data|blob):/i.test(value)) return null;
  // A slot of a <template> the checker's script fills ("%%href%%", ResultTemplate.astro): the
  // links it puts there are the checker's own steps, which the browser tests follow.
  if (/^%%\w+%%$/.test(value)) return null;
  const origin = siteOrigin();
  let url: URL;
  try {
    url = new URL(value, origin + fromPath);
  } catch {
    return 'địa chỉ không hợp lệ';
  }
  if (url.origin !== origin) return null; // external: the third-party gate looks at resources
  const file = fileForPath(url.pathname);
  if (!file) {
    const withSlash = !url.pathname.endsWith('/') && fileForPath(`${url.pathname}/`);
    return withSlash
      ? `thiếu dấu "/" cuối: trang là ${url.pathname}/ (trailingSlash: 'always')`
      : `không có tệp ${url.pathname} trong bản build`;
  }
  if (url.hash && url.hash !== '#' && file.endsWith('.html')) {
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `neo ${url.hash} không giải mã được`;
    }
    // "#top" and the empty fragment scroll to the top in every browser. A fragment of key=value
    // pairs is state a page's script reads, not an anchor (the checker's /kiem-tra/#award=…).
    const state = /^[\w-]+=[^&]*(&[\w-]+=[^&]*)*$/.test(fragment);
    if (fragment !== 'top' && !state && !ids(file).has(fragment)) {
      return `trang ${url.pathname} không có phần tử id="${fragment}"`;
    }
  }
  return null;
}

function urlsOf(el: Element): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const name of URL_ATTRIBUTES[el.tagName] ?? []) {
    const v = attr(el, name);
    if (v === undefined) continue;
    if (name === 'srcSet') {
      for (const candidate of v.split(',')) {
        const u = candidate.trim().split(/\s+/)[0];
        if (u) out.push({ name: 'srcset', value: u });
      }
    } else out.push({ name: name.toLowerCase(), value: v });
  }
  return out;
}

describe('Cổng liên kết: mọi liên kết nội bộ và mọi neo đều tồn tại', () => {
  it('mọi href/src/action trong mọi trang đã build dẫn đến một tệp có thật, và mọi #neo đến một id có thật', () => {
    // The same broken link on many pages (a header link) is reported once, with the pages.
    const broken = new Map<string, Set<string>>();
    let checked = 0;
    for (const page of builtPages()) {
      for (const el of elements(parsePage(page.file))) {
        for (const { name, value } of urlsOf(el)) {
          checked++;
          const problem = checkUrl(value, page.url);
          if (!problem) continue;
          const key = `<${el.tagName} ${name}="${value}"> → ${problem}`;
          if (!broken.has(key)) broken.set(key, new Set());
          broken.get(key)!.add(page.url);
        }
      }
    }
    console.log(`Cổng liên kết: đã kiểm tra ${checked} liên kết trong ${builtPages().length} trang.`);
    expect(checked, 'không tìm thấy liên kết nào: bản build có đúng không?').toBeGreaterThan(0);
    const problems = [...broken].map(([key, pages]) => {
      const list = [...pages];
      const where = list.length > 3 ? `${list.slice(0, 3).join(', ')} và ${list.length - 3} trang khác` : list.join(', ');
      return `${where}: ${key}`;
    });
    if (problems.length) throw new Error(report('Liên kết hỏng', problems));
  });

  it('không có hai phần tử trùng id trên cùng một trang (neo phải chỉ một chỗ)', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const seen = new Set<string>();
      for (const el of elements(parsePage(page.file))) {
        const id = attr(el, 'id');
        if (!id) continue;
        if (seen.has(id)) problems.push(`${page.url}: id="${id}" xuất hiện nhiều lần`);
        seen.add(id);
      }
    }
    if (problems.length) throw new Error(report('Id trùng lặp', [...new Set(problems)]));
  });

  const exports = existsSync(join(DIST, 'du-lieu')) ? builtFiles('.json').filter((f) => f.startsWith(join(DIST, 'du-lieu'))) : [];
  it.skipIf(exports.length === 0)(
    `các trường url trong tệp xuất dữ liệu /du-lieu/*.json dẫn đến trang và neo có thật${exports.length ? '' : ' (chưa có tệp xuất)'}`,
    () => {
      const problems: string[] = [];
      let checked = 0;
      for (const file of exports) {
        const where = file.slice(DIST.length);
        let data: unknown;
        try {
          data = JSON.parse(readFileSync(file, 'utf8'));
        } catch (e) {
          problems.push(`${where}: không phải JSON hợp lệ (${(e as Error).message})`);
          continue;
        }
        const visit = (v: unknown, path: string) => {
          if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
          else if (v && typeof v === 'object') {
            for (const [k, x] of Object.entries(v)) {
              if (typeof x === 'string' && (k === 'url' || /Url$/.test(k))) {
                checked++;
                const problem = checkUrl(x, where);
                if (problem) problems.push(`${where} ${path}.${k} = "${x}" → ${problem}`);
              } else visit(x, `${path}.${k}`);
            }
          }
        };
        visit(data, '$');
      }
      console.log(`Cổng liên kết: đã kiểm tra ${checked} url trong ${exports.length} tệp xuất dữ liệu.`);
      if (problems.length) throw new Error(report('URL hỏng trong tệp xuất dữ liệu', problems));
    },
  );

  it('sơ đồ trang (sitemap) liệt kê mọi trang, và chỉ những trang có thật', () => {
    const index = join(DIST, 'sitemap-index.xml');
    expect(existsSync(index), 'thiếu /sitemap-index.xml (tích hợp @astrojs/sitemap trong astro.config.mjs)').toBe(true);
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const listed = new Set<string>();
    const problems: string[] = [];
    for (const sitemap of locs(readFileSync(index, 'utf8'))) {
      const file = fileForPath(new URL(sitemap).pathname);
      if (!file) { problems.push(`sitemap-index.xml: ${sitemap} không có trong bản build`); continue; }
      for (const loc of locs(readFileSync(file, 'utf8'))) {
        const url = new URL(loc);
        if (url.origin !== siteOrigin()) problems.push(`${sitemap}: ${loc} không thuộc trang (${siteOrigin()})`);
        else if (!fileForPath(url.pathname)) problems.push(`${sitemap}: ${loc} không có trong bản build`);
        listed.add(url.pathname);
      }
    }
    for (const page of builtPages()) {
      if (page.type !== '404' && !listed.has(page.url)) problems.push(`${page.url} không có trong sitemap`);
    }
    if (problems.length) throw new Error(report('Sơ đồ trang sai', problems));
  });
});
