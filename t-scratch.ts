import { readFileSync } from 'node:fs';
import { extractOutline } from './src/lib/outline';
import { extractOutlineLegacy } from './test/helpers/outline-legacy';
for (const f of ['bai-viet-doi-moi-cong-tac-khen-thuong-2018', 'ke-hoach-1813-kh-ubnd-ha-nam', 'nghi-dinh-152-2025-nd-cp']) {
  const raw = readFileSync(`content/van-ban/${f}.mdx`, 'utf8');
  const body = raw.replace(/^---\n[\s\S]*?\n---\n?/, '');
  const off = raw.slice(0, raw.length - body.length).split('\n').length - 1;
  const a = extractOutlineLegacy(body, f), b = extractOutline(raw, f);
  if (a.length !== b.length) console.log(f, 'count', a.length, b.length);
  a.forEach((e, i) => { const n = b[i]; for (const k of Object.keys(e) as (keyof typeof e)[]) { const ev = k === 'line' ? (e.line + off) : e[k]; if (ev !== n?.[k]) console.log(f, e.id, k, '\n OLD', JSON.stringify(ev), '\n NEW', JSON.stringify(n?.[k])); } });
}
