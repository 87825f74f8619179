/**
 * <checker-batch>: the batch mode. Reads a CSV (chosen file or pasted text) in the browser,
 * checks every row with the same engine as the step-by-step checker, shows a table of verdicts
 * with the reason for each, and offers the results as a CSV download (Blob). Nothing is sent: a
 * row's "Xem chi tiết" link carries its answers in the URL fragment (#…), never in a request.
 */
import { VERDICT_VI } from '../../lib/eligibility/index';
import { checkBatch, detailFragment, errorText, resultsCsv, type RowError } from '../../lib/checker/csv';
import { registryOf, type CheckerData } from '../../lib/checker/result';
import { esc } from './esc';
import { checkerAnswersUrl } from '../../lib/urls';

class CheckerBatch extends HTMLElement {
  url: string | null = null;

  connectedCallback() {
    const data: CheckerData = JSON.parse(document.getElementById('checker-data')!.textContent!);
    const registry = registryOf(data.awards);
    const form = this.querySelector<HTMLElement>('.batch-form')!;
    const out = this.querySelector<HTMLElement>('[data-out]')!;
    this.classList.add('ready');
    this.querySelector('[data-check]')!.addEventListener('click', async () => {
      const file = form.querySelector<HTMLInputElement>('input[type="file"]')!.files?.[0];
      const text = file ? await file.text() : form.querySelector('textarea')!.value;
      if (!text.trim()) return this.show(out, [{ row: 0, column: '', message: 'Chọn một tệp CSV hoặc dán nội dung vào ô.' }]);
      const { fileErrors, rows } = checkBatch(text, registry);
      if (fileErrors.length) return this.show(out, fileErrors);
      if (this.url) URL.revokeObjectURL(this.url);
      this.url = URL.createObjectURL(new Blob([resultsCsv(rows)], { type: 'text/csv;charset=utf-8' }));
      const count = (v: string) => rows.filter((r) => r.result?.verdict === v).length;
      const bad = rows.filter((r) => !r.result).length;
      const summary = `Đã kiểm tra ${rows.length} dòng: ${(['eligible', 'not-eligible', 'needs-info', 'deferred'] as const).map((v) => `${count(v)} ${VERDICT_VI[v]}`).join(', ')}${bad ? `, ${bad} dòng có lỗi dữ liệu` : ''}.`;
      out.innerHTML = `<h2 id="ket-qua" tabindex="-1">Kết quả</h2><p>${esc(summary)}</p><p><a href="${this.url}" download="ket-qua-kiem-tra.csv" class="download">Tải kết quả (CSV)</a></p>
<div class="table-wrap"><table><caption class="visually-hidden">Kết quả kiểm tra từng dòng</caption><thead><tr><th scope="col">Dòng</th><th scope="col">Họ tên</th><th scope="col">Đề nghị</th><th scope="col">Năm xét</th><th scope="col">Kết quả</th><th scope="col">Lý do, cần làm tiếp</th></tr></thead><tbody>${rows
        .map((r) => {
          const award = r.result ? registry.get(r.result.award)?.name ?? r.award : r.award;
          const verdict = r.result ? `<strong data-verdict="${r.result.verdict}">${esc(VERDICT_VI[r.result.verdict])}</strong>` : '<strong class="row-error">Lỗi dữ liệu</strong>';
          const why = r.result
            ? `${esc(r.reason)}${r.next ? `<br><span class="next">Cần làm tiếp: ${esc(r.next)}</span>` : ''}<br><a href="${checkerAnswersUrl(esc(detailFragment(r.answers!, registry)))}">Xem chi tiết, in phiếu<span class="visually-hidden"> của dòng ${r.row}</span></a>`
            : esc(errorText(r.errors));
          return `<tr><td>${r.row}</td><td>${esc(r.name)}</td><td>${esc(award)}</td><td>${esc(r.year)}</td><td>${verdict}</td><td>${why}</td></tr>`;
        })
        .join('')}</tbody></table></div>`;
      out.querySelector<HTMLElement>('#ket-qua')!.focus();
    });
  }

  show(out: HTMLElement, errors: RowError[]) {
    out.innerHTML = `<div class="error-summary" role="alert" tabindex="-1"><h2>Chưa kiểm tra được tệp</h2><ul>${errors
      .map((e) => `<li>${esc(e.row ? `Dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}` : e.message)}</li>`)
      .join('')}</ul></div>`;
    out.querySelector<HTMLElement>('.error-summary')!.focus();
  }
}

customElements.define('checker-batch', CheckerBatch);
