/**
 * <checker-app>: the interactive eligibility checker. The answers live in the URL's fragment
 * (`/kiem-tra/#award=…&year=…`): each step is a real address (history.pushState), the back button,
 * reloads and bookmarks work, and since browsers never put the fragment in a request, the answers
 * never reach the server (nor its access logs). An older link with the answers in the query
 * string (`/kiem-tra/?award=…`) is read once and rewritten to the fragment form (replaceState).
 * The registry comes from the page's JSON block (#checker-data), validated at build time.
 */
import { isAnswerHash, readAnswers, STEP_PARAM, urlParams, writeFragment, type Answers } from '../../lib/checker/answers';
import { NAME_PARAM } from '../../lib/checker/sheet';
import { keysOf, route, type Question } from '../../lib/checker/flow';
import { checkAnswersWith, registryOf, type CheckerData } from '../../lib/checker/result';
import { readStep, type FieldError } from '../../lib/checker/steps';
import type { Registry } from '../../lib/eligibility/index';
import { esc } from './esc';
import { W, errorSummary, errorText, questionTitle, renderQuestion, type View } from './view';
import { renderResult } from './result-view';

class CheckerApp extends HTMLElement {
  // Set by connectedCallback and render (typing only: no field initialisers to run).
  declare registry: Registry;
  declare data: CheckerData;
  declare view: View;
  /** The question on screen (a form.step is on screen only with one). */
  declare question: Question;
  baseTitle = document.title;
  /** The fragment of the state on screen ('' for the first question); render() sets it before any navigation is heard. */
  declare shown: string;

  connectedCallback() {
    this.data = JSON.parse(document.getElementById('checker-data')!.textContent!);
    this.registry = registryOf(this.data.awards);
    this.classList.add('ready');
    this.addEventListener('submit', (e) => this.submit(e));
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('change', (e) => this.reveal(e.target as HTMLInputElement));
    // Typing the name for the printed sheet updates the address without a new history entry.
    this.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.id !== 'f-ten') return;
      const p = new URLSearchParams(location.hash.slice(1));
      if (t.value) p.set(NAME_PARAM, t.value);
      else p.delete(NAME_PARAM);
      history.replaceState(null, '', `#${p}`);
      this.shown = location.hash;
    });
    // Back/forward fire popstate (and hashchange); a link to "#award=…" or an address edited by
    // hand fires hashchange. Both lead here; the state already on screen is not drawn again.
    const onNavigate = () => {
      const { hash } = location;
      if (hash && !isAnswerHash(hash)) return; // a plain anchor (#tieu-chi, skip link): the checker stays as it is
      if (hash === this.shown && !location.search) return;
      this.render(true);
    };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    this.render(false);
  }

  /** Shows the step or result the current URL names (its fragment, or an older link's query). */
  render(focus: boolean) {
    const { pathname, search, hash } = location;
    const params = urlParams(search, hash);
    const r = route(readAnswers(params, this.registry), this.registry, params.get(STEP_PARAM));
    this.view = { registry: this.registry, data: this.data, answers: r.answers, flow: r.flow };
    const step = r.kind === 'question' && params.has(STEP_PARAM) ? r.question.id : undefined;
    // The optional name on the printed sheet ("ten", not an answer) stays with the result's address.
    const name = r.kind === 'result' ? params.get(NAME_PARAM) ?? '' : '';
    const answers = writeFragment(r.answers, keysOf(r.flow), step);
    const canonical = answers && name ? `${answers}&${new URLSearchParams({ [NAME_PARAM]: name })}` : answers;
    // The canonical address: the query string goes (answers move to the fragment); a plain anchor
    // (/kiem-tra/#tieu-chi) stays when there is no answer yet.
    const url = pathname + (canonical || (isAnswerHash(hash) ? '' : hash));
    if (url !== pathname + search + hash) history.replaceState(null, '', url);
    this.shown = canonical;
    // The page's introduction is for the first screen only: later steps start with the question.
    document.body.classList.toggle('checker-later', !(r.kind === 'question' && r.index === 0));
    if (r.kind === 'question') {
      this.question = r.question;
      this.innerHTML = renderQuestion(r.question, r.index, this.view);
      document.title = `${questionTitle(r.question, this.view)} – ${this.baseTitle}`;
    } else {
      this.innerHTML = renderResult(checkAnswersWith(r.answers, this.registry, W().UNSETTLED), this.view, name);
      document.title = `${W().UI.resultTitle} – ${this.baseTitle}`;
    }
    if (focus) this.querySelector<HTMLElement>('#q-h, #kq')?.focus();
  }

  go(url: string) {
    history.pushState(null, '', url);
    this.render(true);
  }

  submit(e: Event) {
    const form = e.target as HTMLFormElement;
    if (!form.matches('form.step')) return;
    e.preventDefault();
    const q = this.question;
    const res = readStep(q, new FormData(form), this.registry, Number(this.view.answers.year) || undefined);
    if (res.errors.length) return this.showErrors(form, res.errors);
    const answers: Answers = { ...this.view.answers };
    for (const k of q.keys) delete answers[k];
    Object.assign(answers, res.answers);
    // render() routes the new answers and puts their address in canonical form (replaceState).
    this.go(location.pathname + writeFragment(answers, []));
  }

  showErrors(form: HTMLFormElement, errors: FieldError[]) {
    form.querySelectorAll('.error-summary, .field-error').forEach((n) => n.remove());
    form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    form.insertAdjacentHTML('afterbegin', errorSummary(errors));
    for (const err of errors) {
      const el = form.querySelector<HTMLInputElement>(`#${err.id}`);
      if (!el) continue;
      const box = el.closest('fieldset.sub, .field, fieldset.q') ?? el.parentElement!;
      const msg = `${err.id}-e`;
      (box.matches('fieldset') ? box.querySelector('legend')! : el.previousElementSibling ?? el).insertAdjacentHTML('afterend', `<p class="field-error" id="${msg}">${esc(errorText(err))}</p>`);
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', `${el.getAttribute('aria-describedby') ?? ''} ${msg}`.trim());
      // A hidden field lives under an option: open it.
      el.closest<HTMLElement>('.reveal')?.removeAttribute('hidden');
    }
    form.querySelector<HTMLElement>('.error-summary')!.focus();
  }

  onClick(e: Event) {
    const t = e.target as HTMLElement;
    const link = t.closest<HTMLAnchorElement>('a[data-nav]');
    if (link) {
      e.preventDefault();
      this.go(link.pathname + link.hash);
      return;
    }
    const summaryLink = t.closest<HTMLAnchorElement>('.error-summary a');
    if (summaryLink) {
      e.preventDefault();
      this.querySelector<HTMLElement>(summaryLink.hash)?.focus();
      return;
    }
    if (t.closest('[data-print]')) window.print();
    if (t.closest('[data-share]')) void this.share();
    const add = t.closest<HTMLButtonElement>('[data-add-row]');
    if (add) {
      // One more initiative row (the rows are in the form already, hidden until asked for).
      const rows = add.parentElement!;
      const row = rows.querySelector<HTMLElement>('fieldset.row[hidden]');
      if (row) {
        row.hidden = false;
        row.querySelector<HTMLElement>('select, input')?.focus();
      }
      add.hidden = !rows.querySelector('fieldset.row[hidden]');
    }
  }

  /** The result's address: the share sheet on phones (Web Share API), else the clipboard. */
  async share() {
    // The sheet (ResultTemplate.astro) holds the status line beside the button.
    const status = this.querySelector<HTMLElement>('.share-status')!;
    const url = location.href;
    try {
      if (navigator.share && matchMedia('(pointer: coarse)').matches) await navigator.share({ title: document.title, url });
      else {
        await navigator.clipboard.writeText(url);
        status.textContent = status.dataset.ok!;
      }
    } catch (e) {
      if ((e as Error).name !== 'AbortError') status.textContent = status.dataset.fail!;
    }
  }

  /** Conditional fields: the panel under a radio option shows while the option is chosen. */
  reveal(input: HTMLInputElement) {
    if (input.type !== 'radio') return;
    // Only radios control a panel, and each has its panel (view.ts radios()).
    this.querySelectorAll<HTMLInputElement>(`[name="${input.name}"][aria-controls]`).forEach((r) => {
      document.getElementById(r.getAttribute('aria-controls')!)!.hidden = !r.checked;
    });
  }
}

customElements.define('checker-app', CheckerApp);
