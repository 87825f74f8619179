/**
 * Gate: every built page is valid HTML under html-validate's "recommended" preset. The rules
 * turned off below are listed, with the reason, in docs/quality.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { builtPages, report } from './site';

const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Official document titles are long ("Kế hoạch thực hiện Chỉ thị số 34-CT/TW ... – Cẩm nang ...");
    // shortening them would make them ambiguous. A search-result length hint, not validity.
    'long-title': 'off',
    // Formatting rule for hand-written sources; the built HTML is generated, and white space
    // inside transcribed text is content.
    'no-trailing-whitespace': 'off',
    // Both <hr> and <hr/> are valid HTML; the form depends on whether Astro's compiler or MDX (JSX)
    // wrote the element, which the site does not control.
    'void-style': 'off',
    // WCAG H32 wants a submit button in every form. The site's filter forms (document index,
    // agency finder) filter in place as the user changes a field: no change of context (WCAG
    // 3.2.2), hidden without JavaScript. Forms that navigate (search) do have a submit button,
    // and the accessibility gate (axe) still checks every control's label.
    'wcag/h32': 'off',
  },
};

describe('Cổng HTML: mọi trang đã build đều hợp lệ (html-validate:recommended)', () => {
  it('không trang nào có lỗi HTML', async () => {
    const hv = new HtmlValidate(HTML_VALIDATE_CONFIG);
    const problems: string[] = [];
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const result = await hv.validateString(readFileSync(page.file, 'utf8'), page.url);
      for (const r of result.results) {
        for (const m of r.messages) {
          const snippet = m.selector ? ` [${m.selector}]` : '';
          problems.push(`${page.url} dòng ${m.line}:${m.column} ${m.ruleId}: ${m.message}${snippet}`);
        }
      }
    }
    console.log(`Cổng HTML: đã kiểm tra ${pages.length} trang.`);
    if (problems.length) throw new Error(report('Lỗi HTML (html-validate)', problems));
  });
});
