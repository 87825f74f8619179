/**
 * <checker-batch>: the batch mode. Reads a CSV (chosen file or pasted text) in the browser,
 * checks every row with the same engine as the step-by-step checker, shows a table of verdicts
 * with the reason for each, and offers the results as a CSV download (Blob). Nothing is sent: a
 * row's "Xem chi tiết" link carries its answers in the URL fragment (#…), never in a request.
 * The text checked is kept in this tab's sessionStorage (never sent, gone when the tab closes) so
 * the table is still there after "Xem chi tiết" and Back.
 */
import { VERDICT_VI } from '../../lib/eligibility/index';
import { checkBatch, detailFragment, errorText, resultsCsv } from '../../lib/checker/batch/results';
import { spreadsheetInsteadOfCsv, type RowError } from '../../lib/checker/batch/read';
import { decodeCsvBytes } from '../../lib/csv';
import { registryOf, type CheckerData } from '../../lib/checker/result';
import { VERDICT } from '../../lib/checker/copy';
import type { Registry } from '../../lib/eligibility/index';
import { esc } from './esc';
import { checkerAnswersUrl } from '../../lib/urls-checker';

/** sessionStorage key of the last text checked. */
const KEPT = 'kiem-tra-hang-loat';

const WINDOWS_1258_NOTE = 'Tệp không phải UTF-8 nên đã được đọc theo bảng mã Windows-1258 (Excel trên Windows tiếng Việt lưu CSV theo bảng mã này). Xem lại tên có dấu trong bảng dưới; nếu sai, lưu lại tệp bằng “CSV UTF-8”.';

class CheckerBatch extends HTMLElement {
  url: string | null = null;
  registry!: Registry;
  out!: HTMLElement;

  connectedCallback() {
    const data: CheckerData = JSON.parse(document.getElementById('checker-data')!.textContent!);
    this.registry = registryOf(data.awards);
    const form = this.querySelector<HTMLElement>('.batch-form')!;
    this.out = this.querySelector<HTMLElement>('[data-out]')!;
    this.classList.add('ready');
    this.querySelector('[data-check]')!.addEventListener('click', async () => {
      const file = form.querySelector<HTMLInputElement>('input[type="file"]')!.files?.[0];
      const bytes = file && new Uint8Array(await file.arrayBuffer());
      const workbook = file && bytes && spreadsheetInsteadOfCsv(bytes, file.name);
      if (workbook) return this.show([{ row: 0, column: '', message: workbook }]);
      const decoded = bytes ? decodeCsvBytes(bytes) : { text: form.querySelector('textarea')!.value, encoding: 'utf-8' as const };
      if (!decoded.text.trim()) return this.show([{ row: 0, column: '', message: 'Chọn một tệp CSV hoặc dán nội dung vào ô.' }]);
      const note = decoded.encoding === 'windows-1258' ? WINDOWS_1258_NOTE : '';
      try {
        sessionStorage.setItem(KEPT, JSON.stringify({ text: decoded.text, note }));
      } catch {
        // Storage refused (private mode, quota): the table simply will not survive leaving the page.
      }
      this.check(decoded.text, note, true);
    });
    this.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('[data-print]')) window.print();
    });
    // Back from "Xem chi tiết": show the same table again.
    try {
      const kept = sessionStorage.getItem(KEPT);
      if (kept) {
        const { text, note } = JSON.parse(kept) as { text: string; note: string };
        this.check(text, note, false);
      }
    } catch {
      // Nothing kept, or storage unavailable.
    }
  }

  check(text: string, note: string, focus: boolean) {
    const { registry, out } = this;
    const { fileErrors, rows } = checkBatch(text, registry);
    if (fileErrors.length) return this.show(fileErrors);
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = URL.createObjectURL(new Blob([resultsCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const count = (v: string) => rows.filter((r) => r.result?.verdict === v).length;
    const bad = rows.filter((r) => !r.result).length;
    const summary = `Đã kiểm tra ${rows.length} dòng: ${(['eligible', 'not-eligible', 'needs-info', 'deferred'] as const).map((v) => `${count(v)} ${VERDICT_VI[v]}`).join(', ')}${bad ? `, ${bad} dòng có lỗi dữ liệu` : ''}.`;
    out.innerHTML = `<h2 id="ket-qua" tabindex="-1">Kết quả</h2>${note ? `<p class="encoding-note" role="note">${esc(note)}</p>` : ''}<p>${esc(summary)}</p><p class="no-print"><a href="${this.url}" download="ket-qua-kiem-tra.csv" class="download">Tải kết quả (CSV)</a> <button type="button" data-print>In bảng kết quả</button></p>
<section class="table-wrap" tabindex="0" aria-label="Bảng kết quả kiểm tra từng dòng"><table><caption class="visually-hidden">Kết quả kiểm tra từng dòng</caption><thead><tr><th scope="col">Dòng</th><th scope="col">Họ tên</th><th scope="col">Đề nghị</th><th scope="col">Năm xét</th><th scope="col">Kết quả</th><th scope="col">Lý do, cần làm tiếp</th></tr></thead><tbody>${rows
      .map((r) => {
        const award = r.result ? registry.get(r.result.award)?.name ?? r.award : r.award;
        const verdict = r.result
          ? `<strong class="verdict-cell v-${VERDICT[r.result.verdict][0]}" data-verdict="${r.result.verdict}"><span aria-hidden="true">${VERDICT[r.result.verdict][1]} </span>${esc(VERDICT_VI[r.result.verdict])}</strong>`
          : '<strong class="row-error">Lỗi dữ liệu</strong>';
        const why = r.result
          ? `${esc(r.reason)}${r.next ? `<br><span class="next">Cần làm tiếp: ${esc(r.next)}</span>` : ''}<br><a class="no-print" href="${checkerAnswersUrl(esc(detailFragment(r.answers!, registry, r.name === `Dòng ${r.row}` ? '' : r.name)))}">Xem chi tiết, in phiếu<span class="visually-hidden"> của dòng ${r.row}</span></a>`
          : esc(errorText(r.errors));
        return `<tr><td>${r.row}</td><td>${esc(r.name)}</td><td>${esc(award)}</td><td>${esc(r.year)}</td><td>${verdict}</td><td>${why}</td></tr>`;
      })
      .join('')}</tbody></table></section>`;
    if (focus) out.querySelector<HTMLElement>('#ket-qua')!.focus();
  }

  show(errors: RowError[]) {
    this.out.innerHTML = `<div class="error-summary" role="alert" tabindex="-1"><h2>Chưa kiểm tra được tệp</h2><ul>${errors
      .map((e) => `<li>${esc(e.row ? `Dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}` : e.message)}</li>`)
      .join('')}</ul></div>`;
    this.out.querySelector<HTMLElement>('.error-summary')!.focus();
  }
}

customElements.define('checker-batch', CheckerBatch);
