/**
 * <site-search>: the search page's controller. One Pagefind search per query (the index holds
 * every spelling: src/lib/search-index.ts), the first results' data loaded and ordered by the
 * rules of src/lib/search-query.ts, each shown with the part of the page that answers
 * (src/lib/search-results.ts). Its `data-state` attribute says where it is: "idle" (no query),
 * "loading", "ready" (results shown) or "empty" (no result); tests and the benchmark read it.
 */
import { parseQuery, partAnchor, matchWords, namesDocument, rankResults, SECTIONS, type ParsedQuery, type RankItem } from '../../lib/search-query';
import { bestPart, excerpt, pageText, type Anchor, type Piece } from '../../lib/search-results';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
}
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
/** The law in force, as the search page embeds it: its address, title and parts (for "điều 23"). */
interface LawInForce { url: string; title: string; parts: Record<string, string> }

const FILTERS = ['section', 'kind', 'province', 'year', 'agency'] as const;
/** Results loaded and ordered before showing (as many as a plain Pagefind search shows); then MORE per click. */
const FIRST = 10;
const MORE = 10;

type State = 'idle' | 'loading' | 'ready' | 'empty';

/** A result ready to show. */
interface Shown { url: string; title: string; meta: string; part: string | null; pieces: Piece[] }

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #seq = 0;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #template!: HTMLTemplateElement;
  #provinceHint!: HTMLElement;
  #selects!: Map<string, HTMLSelectElement>;
  #moreButton!: HTMLButtonElement;
  #law: LawInForce | null = null;
  #rest: PagefindResult[] = [];
  #total = 0;
  #query: ParsedQuery | null = null;
  /** Filters named in the address, used until the filter menus are filled. */
  #pendingFilters: Record<string, string> = {};
  #filtersReady = false;

  connectedCallback() {
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('.search-status')!;
    this.#list = this.querySelector('.search-results')!;
    this.#template = this.querySelector('template.search-result')!;
    this.#provinceHint = this.querySelector('.search-province-hint')!;
    this.#moreButton = this.querySelector('.search-more')!;
    this.#moreButton.addEventListener('click', () => this.more());
    this.#selects = new Map(FILTERS.map((f) => [f, this.querySelector<HTMLSelectElement>(`[data-filter="${f}"]`)!]));
    const lawJson = this.querySelector('script[type="application/json"].law-in-force')?.textContent;
    this.#law = lawJson ? (JSON.parse(lawJson) as LawInForce) : null;
    this.state('idle');
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run();
    });
    let timer: number | undefined;
    this.#input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => this.run(), 250);
    });
    // A query in the address is searched at once, with the filters the address names.
    for (const name of FILTERS) {
      const value = params.get(name);
      if (value) this.#pendingFilters[name] = value;
    }
    // The filter menus load after the first results: their values are not needed to show them.
    const first = this.#input.value.trim() || Object.keys(this.#pendingFilters).length ? this.run() : Promise.resolve();
    first.finally(() => this.setupFilters(params));
  }

  state(s: State) {
    this.dataset.state = s;
  }

  pagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const path = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
      await pf.options({ excerptLength: 30 });
      await pf.init();
      return pf;
    })();
    return this.#pagefind;
  }

  async setupFilters(params: URLSearchParams) {
    const pf = await this.pagefind();
    const available = await pf.filters();
    const fieldset = this.querySelector<HTMLFieldSetElement>('.search-filters')!;
    for (const [name, select] of this.#selects) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
      if (!values.length) {
        select.closest('label')!.hidden = true;
        continue;
      }
      for (const v of values) select.add(new Option(v, v));
      select.value = params.get(name) ?? '';
      select.addEventListener('change', () => this.run());
    }
    fieldset.hidden = false;
    this.#filtersReady = true;
  }

  activeFilters(): Record<string, string> {
    if (!this.#filtersReady) return { ...this.#pendingFilters };
    const out: Record<string, string> = {};
    for (const [name, select] of this.#selects) if (select.value) out[name] = select.value;
    return out;
  }

  async run() {
    const seq = ++this.#seq;
    const text = this.#input.value.trim();
    const filters = this.activeFilters();
    const url = new URL(location.href);
    url.search = '';
    if (text) url.searchParams.set('q', text);
    for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
    history.replaceState(null, '', url);
    if (!text && !Object.keys(filters).length) {
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.#rest = [];
      this.#moreButton.hidden = true;
      this.#provinceHint.hidden = true;
      this.state('idle');
      return;
    }
    this.state('loading');
    this.#status.textContent = 'Đang tìm…';
    const q = parseQuery(text);
    const pf = await this.pagefind();
    // Marks for the benchmark (scripts/bench.ts): where a query's time goes.
    const t0 = performance.now();
    // Filters only when chosen: an empty filter object still makes Pagefind count every filter value.
    const { results } = await pf.search(text || null, Object.keys(filters).length ? { filters } : {});
    if (seq !== this.#seq) return;
    const t1 = performance.now();
    const first = results.slice(0, FIRST);
    const loaded = await Promise.all(first.map(async (r) => ({ r, d: await r.data() })));
    if (seq !== this.#seq) return;
    const t2 = performance.now();
    const byId = new Map(loaded.map((x) => [x.r.id, x.d]));
    const items: RankItem[] = loaded.map(({ r, d }) => ({
      id: r.id,
      score: r.score,
      title: d.meta.title ?? '',
      number: d.meta.number ?? '',
      status: d.meta.status ?? '',
      amends: d.meta.amends === '1',
      section: d.filters.section?.[0] ?? '',
      kind: d.filters.kind?.[0] ?? '',
      content: d.content,
    }));
    const ranked = text ? rankResults(q, items) : items;
    const shown = ranked.map((it) => this.shown(byId.get(it.id)!, q));
    const direct = this.directAnswer(q, filters);
    if (direct) {
      const at = shown.findIndex((s) => s.url.split('#')[0] === direct.url.split('#')[0]);
      if (at >= 0) shown.splice(at, 1);
      shown.unshift(direct);
    }
    this.#rest = results.slice(FIRST);
    this.#total = Math.max(results.length, shown.length);
    this.#query = q;
    this.#list.replaceChildren(...shown.map((s) => this.item(s)));
    this.#provinceHint.hidden = !(q.intent === 'agency' && !filters.province && items.some((it) => it.section === SECTIONS.agency));
    this.status();
    performance.measure('site-search:search', { start: t0, end: t1 });
    performance.measure('site-search:data', { start: t1, end: t2 });
    performance.measure('site-search:rank-draw', { start: t2, end: performance.now() });
  }

  /** For "điều 23", "khoản 1 điều 24": the part of the law in force itself, unless the query names another law. */
  directAnswer(q: ParsedQuery, filters: Record<string, string>): Shown | null {
    const law = this.#law;
    if (!law || !q.part || q.namesOtherLaw || Object.keys(filters).some((k) => k !== 'section' || filters[k] !== SECTIONS.document)) return null;
    const id = partAnchor(q.part);
    const part = law.parts[id];
    if (!part) return null;
    return { url: `${law.url}#${id}`, title: law.title, meta: 'Văn bản · Luật · đang có hiệu lực', part, pieces: [] };
  }

  shown(d: PagefindData, q: ParsedQuery): Shown {
    const text = pageText(d.content);
    const terms = matchWords(q);
    const section = d.filters.section?.[0] ?? '';
    // A long document answers with its matching part, unless the query names the document itself.
    const named = namesDocument(q, { number: d.meta.number ?? '', section, kind: d.filters.kind?.[0] ?? '' });
    const part = section === SECTIONS.document && !named ? bestPart(text, d.anchors ?? [], terms, q.part ? partAnchor(q.part) : null) : null;
    const meta = [d.filters.section?.[0], d.filters.kind?.[0], d.meta.number ? `Số ${d.meta.number}` : '', d.filters.province?.[0]].filter(Boolean).join(' · ');
    return {
      url: part ? `${d.url}#${part.id}` : d.url,
      title: d.meta.title ?? d.url,
      meta,
      part: part?.title ?? null,
      pieces: excerpt(text, terms, 30, part?.from, part?.to),
    };
  }

  async more() {
    const seq = this.#seq;
    const q = this.#query ?? parseQuery('');
    const next = this.#rest.splice(0, MORE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (seq !== this.#seq) return;
    const items = data.map((d) => this.item(this.shown(d, q)));
    this.#list.append(...items);
    this.status();
    items[0]?.querySelector('a')?.focus();
  }

  status() {
    const shown = this.#list.children.length;
    const q = this.#query?.text ? ` cho “${this.#query.text}”` : '';
    this.#status.textContent = shown
      ? `${Math.max(this.#total, shown)} kết quả${q}${this.#total > shown ? `; đang hiển thị ${shown}` : ''}.`
      : `Không tìm thấy kết quả${q}. Thử bỏ bớt từ, hoặc gõ tên đầy đủ thay cho chữ viết tắt.`;
    this.#moreButton.hidden = this.#rest.length === 0;
    this.state(shown ? 'ready' : 'empty');
  }

  item(s: Shown): HTMLLIElement {
    const li = (this.#template.content.firstElementChild!.cloneNode(true)) as HTMLLIElement;
    const a = li.querySelector('a')!;
    a.href = s.url;
    a.textContent = s.title;
    li.querySelector('.result-meta')!.textContent = s.meta;
    const part = li.querySelector<HTMLElement>('.result-part')!;
    part.textContent = s.part ?? '';
    part.hidden = !s.part;
    const ex = li.querySelector('.result-excerpt')!;
    ex.replaceChildren(...s.pieces.map((p) => (p.mark ? Object.assign(document.createElement('mark'), { textContent: p.text }) : document.createTextNode(p.text))));
    return li;
  }
}

customElements.define('site-search', SiteSearch);
